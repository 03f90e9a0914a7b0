"""A body's report on its own items: its title names the bureau and what it was given to do
(区城市管理委2024年…民生实事项目任务完成情况), and the bureau answers for every item naming no one else.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.kinds import plan_head

from tests.test_layouts_written import facts, read

OWN = ("某区住房城乡建设委2023年民生实事项目任务完成情况\n"
       "2023年，区住房城乡建设委共承办民生实事项目3项，进展情况如下：\n"
       "1.改造老旧小区12个，完善水电气热管线。\n进展情况：已完工10个，其余2个年底前完工。\n"
       "2.新建停车位800个，缓解停车难。\n进展情况：已建成650个。\n"
       "3.整治背街小巷20条。（区城市管理委牵头，各街道配合）\n进展情况：已完成。\n")


def test_a_bureaus_report_on_its_own_items_gives_it_each_item():
    kind, ex = read(OWN)
    assert kind == "progress_report"
    got = facts(ex)
    assert ("1", "某区住房城乡建设委", schema.ROLE_RESPONSIBLE) in got or ("1", "区住房城乡建设委", schema.ROLE_RESPONSIBLE) in got
    assert any(seq == "2" and "住房城乡建设委" in who for seq, who, _ in got)
    # an item naming its own units keeps them, and the bureau is not added to it
    assert ("3", "区城市管理委", schema.ROLE_LEAD) in got
    assert not any(seq == "3" and "住房城乡建设委" in who for seq, who, _ in got)
    # the evidence is the title that says whose items they are
    ev = {r.evidence[0].text for r in ex.relations if r.type == schema.RESPONSIBLE_FOR and "建设委" in r.source[1]}
    assert ev == {"某区住房城乡建设委2023年民生实事项目任务完成情况"}


def _lines(text):
    return plan_head.lines_of(text)


def test_the_title_names_the_body_only_where_it_reports_its_own_items():
    assert plan_head.own_items_body(_lines("某县教育局2020年重点民生实事项目任务完成情况公示\n"))[0] == "某县教育局"
    assert plan_head.own_items_body(_lines("市交通运输局关于2021年人大代表建议办理情况的报告\n"))[0] == "市交通运输局"
    # a government, an office coordinating others' work, or a congress reports on others' items: none
    assert plan_head.own_items_body(_lines("关于市住建局2023年民生实事项目完成情况的报告\n"))[0] == "市住建局"
    for title in ("某县人民政府2023年民生实事项目完成情况", "某市实事办关于民生实事项目进展情况的通报",
                  "县人大常委会2022年代表建议办理情况的报告", "县政府督查室关于重点任务落实情况的通报",
                  # (the 政协 wrote the proposals, an 办公厅 coordinates, a party committee sets the items)
                  "政协某市委员会关于2023年提案办理情况的报告", "某省人民政府办公厅关于2023年民生实事完成情况的通报",
                  "中共某县委2023年为民办实事项目完成情况", "某市委宣传部2023年民生实事完成情况",
                  "某市公安局交通警察支队2023年实事项目完成情况"):
        assert plan_head.own_items_body(_lines(title + "\n")) is None, title
    # a sentence is no title
    assert plan_head.own_items_body(_lines("区民政局2023年民生实事项目完成情况良好，群众满意。\n")) is None


def test_a_title_ending_in_qingkuang_stays_whole_but_takes_its_wrapped_tail():
    from loaders.reading.source import from_bytes
    kept = from_bytes("某区住房城乡建设委2023年民生实事项目任务完成情况\n2023年，区住房城乡建设委共承办民生实事项目3项。\n"
                      .encode(), "w.txt").clean.text
    assert kept.startswith("某区住房城乡建设委2023年民生实事项目任务完成情况\n")
    joined = from_bytes("某市住房和城乡建设局关于2023年市政府民生实事项目推进情况\n的报告\n正文第一段。\n".encode(), "w.txt").clean.text
    assert joined.startswith("某市住房和城乡建设局关于2023年市政府民生实事项目推进情况的报告\n")
