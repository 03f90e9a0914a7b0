"""Where a news piece is placed: the region it is about, read from the names as the text writes them (issue 12).
Each rule on a small example written for it."""
from __future__ import annotations

from tests.test_layouts_written import read


def test_a_county_named_with_its_province_before_a_title_is_that_county():
    # 山西吉县副县长: the province's short name, then 吉县. The characters 西吉县 (a county of 宁夏) are spelled across
    # the two names, and are no place here.
    text = ("山西吉县副县长王某某主持召开县域节水工作部署会\n"
            "近日，山西吉县副县长王某某主持召开县域节水型社会达标建设工作部署推进会。\n"
            "会议解读了《吉县开展县域节水型社会达标建设工作方案》，对创建工作进行了具体安排部署。\n"
            "山西吉县副县长王某某强调，要高度重视，迅速行动，确保按期完成达标创建任务。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert ex.document.region == "山西省/临汾市/吉县"
