"""News tells what a named body will do with when it will first, as Chinese puts time before the subject:
今年市住建局将…, 明年市教育局将…, 2025年县交通运输局将…; the body answers for the rest of its clause."""
from __future__ import annotations

from loaders.structure.intents import will_do

from tests.test_layouts_written import facts, read


def test_a_body_told_what_it_will_do_after_a_time_word_answers_for_it():
    got = [([u.name.text for u in units], task.text) for units, task in will_do(
        "据了解，今年市住建局将改造老旧小区120个。2025年县交通运输局将新建农村公路50公里。明年市教育局将新建学校3所。")]
    assert got == [(["市住建局"], "改造老旧小区120个"), (["县交通运输局"], "新建农村公路50公里"),
                   (["市教育局"], "新建学校3所")], got


def test_news_reads_the_body_after_its_time_word_and_never_a_year_as_a_body():
    text = ("我市召开城市更新工作推进会\n本报讯（记者 王明）3月5日，我市召开城市更新工作推进会，副市长李强出席并讲话。\n"
            "据了解，今年市住建局将联合各区改造老旧小区120个。2024年全市将完成投资50亿元。\n")
    kind, ex = read(text)
    assert kind == "news"
    assert sorted(facts(ex)) == [("", "市住建局", "responsible")]
