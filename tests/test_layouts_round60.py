"""Round 60 (lay10): how news tells who does what, each rule on a small example written for it: bodies organised for a
piece of work (X组织A、B等部门开展…), a body joining others in it (X联合A、B对…开展…) and bodies named together acting
jointly (A、B联合开展… / A、B等部门组成联合检查组，…)."""
from __future__ import annotations

from graph import schema
from loaders.structure import charges, intents, joint_work
from loaders.structure.responsibility import RESPONSIBLE

from tests.test_layouts_written import facts, read


def _together(text: str) -> list[tuple[list[tuple[str, str]], str]]:
    return [([(n.name.text, n.role) for n in units], task.text)
            for units, task in joint_work.together(text, charges.charged(text) + intents.will_do(text))]


def test_bodies_organised_for_a_piece_of_work_answer_for_it():
    # the bodies a government or an office organises (组织A、B、C等多部门开展…) answer for the work, not the organiser
    got = _together("近日，区政府组织区住建局、区城管局、区市场监管局等多部门开展背街小巷环境卫生集中整治工作。\n")
    assert got == [([("区住建局", RESPONSIBLE), ("区城管局", RESPONSIBLE), ("区市场监管局", RESPONSIBLE)],
                    "开展背街小巷环境卫生集中整治工作")], got
    # (or their staff sent: 等成员单位执法人员在…开展…)
    got = _together("9月17日，县打假办组织县工商局、县质监局、县烟草局等成员单位执法人员在全县范围内开展了节前联合大检查。\n")
    assert got == [([("县工商局", RESPONSIBLE), ("县质监局", RESPONSIBLE), ("县烟草局", RESPONSIBLE)],
                    "在全县范围内开展了节前联合大检查")], got


def test_a_body_joining_others_answers_with_them():
    # X联合A、B对…开展… / X将联合A、B，在…开展… / X联合A、B负责…: X and the bodies it joins, each responsible (one
    # reading, not also X's alone as what it will do, nor 县农业局联合县林业局 as one name)
    got = _together("5月8日，县农业局联合县林业局、县市场监管局对城区农资门店开展了春季农资打假专项检查。"
                    "下一步，镇综治办将联合镇派出所、镇司法所，在全镇开展矛盾纠纷排查化解工作。"
                    "县卫健局联合县教育局负责校园食堂卫生检查工作。\n")
    assert got == [([("县农业局", RESPONSIBLE), ("县林业局", RESPONSIBLE), ("县市场监管局", RESPONSIBLE)],
                    "对城区农资门店开展了春季农资打假专项检查"),
                   ([("镇综治办", RESPONSIBLE), ("镇派出所", RESPONSIBLE), ("镇司法所", RESPONSIBLE)],
                    "在全镇开展矛盾纠纷排查化解工作"),
                   ([("县卫健局", RESPONSIBLE), ("县教育局", RESPONSIBLE)], "校园食堂卫生检查工作")], got


def test_bodies_named_together_acting_jointly_answer_for_it():
    # A、B、C联合开展… / X与Y共同开展… / A、B等部门组成联合检查组，…对…开展…: each body responsible for the work
    got = _together("8月28日，市教育局、市卫生健康委、市市场监管局联合开展了全市校园卫生专项督查。"
                    "近日，县生态环境分局与县住建局共同开展扬尘污染联合执法检查。"
                    "3月2日，区教体局、区市场监管局、区卫健委等部门组成联合检查组，对校园周边区域开展全面检查。"
                    "各地要落实农业农村部、财政部联合开展的耕地保护试点工作。"
                    "4月13日，市农业局、市公安局、市畜牧局等3部门在全市范围内联合开展春季农资打假联合执法行动。\n")
    assert got == [([("市教育局", RESPONSIBLE), ("市卫生健康委", RESPONSIBLE), ("市市场监管局", RESPONSIBLE)],
                    "开展了全市校园卫生专项督查"),
                   ([("县生态环境分局", RESPONSIBLE), ("县住建局", RESPONSIBLE)], "开展扬尘污染联合执法检查"),
                   ([("区教体局", RESPONSIBLE), ("区市场监管局", RESPONSIBLE), ("区卫健委", RESPONSIBLE)],
                    "对校园周边区域开展全面检查"),
                   ([("市农业局", RESPONSIBLE), ("市公安局", RESPONSIBLE), ("市畜牧局", RESPONSIBLE)],
                    "开展春季农资打假联合执法行动")], got


def test_who_is_organised_or_joined_must_be_named_bodies():
    # people, collectives, bodies named by their part (相关执法部门), one body in a procedure (组织数据提供部门进行校核),
    # the work's own object (组织对各网站进行评估), a place holding 和 (呼和浩特市公安局和林格尔县…) give nothing
    assert _together("镇党委组织党员干部、志愿者开展环境整治活动。县委组织部组织各乡镇开展培训。"
                     "复核由统计局组织数据提供部门进行校核。国务院办公厅组织对国务院部委、直属机构网站进行了绩效评估。"
                     "近日，呼和浩特市公安局和林格尔县公安局环食药侦大队联合相关执法部门开展烟酒类行业专项执法检查。\n") == []


def test_a_county_market_bureau_is_a_body_not_two_levels():
    # 县市场监督管理局 / 县市容局 open with 县市 but are one county's bureaus (县市 as two levels stays no body: 县市要…)
    got = charges.charged("县市场监督管理局要加强节日市场巡查。县市要抓好落实。\n")
    assert [[u.name.text for u in units] for units, _ in got] == [["县市场监督管理局"]], got


def test_news_reads_bodies_acting_together():
    text = ("我县开展节前食品安全联合检查\n"
            "本报讯 1月20日，县食安办组织县市场监管局、县公安局、县农业农村局等部门开展节前食品安全联合检查。"
            "检查组重点检查了农贸市场和大型超市。（记者 王芳）\n")
    kind, ex = read(text)
    assert kind == "news", kind
    got = {(who, role) for _, who, role in facts(ex)}
    assert {("县市场监管局", schema.ROLE_RESPONSIBLE), ("县公安局", schema.ROLE_RESPONSIBLE),
            ("县农业农村局", schema.ROLE_RESPONSIBLE)} <= got, got
