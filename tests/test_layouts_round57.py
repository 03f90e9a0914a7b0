"""Round 57 (fourteenth session, lay7): how progress reports and commitment lists lose their facts, each rule on a
small example written for it."""
from __future__ import annotations

from graph import schema

from tests.test_layouts_written import facts, read


def test_a_list_run_on_after_its_colon_with_a_space_before_the_dot_keeps_its_first_item():
    # A notice copied out of Word or PDF as one long line: 通知如下：1 .实现…（责任单位：…）2.实施…; the first item opens
    # after the colon and its number has a space before the dot (1 .): it is an item, with its units.
    text = ("某市人民政府关于2023年重点办好10件实事的通知各区人民政府，市政府各部门，市直各单位：市政府决定，2023年在城乡建设和改善人民生活"
            "方面重点办好10件实事。现就有关事项通知如下：1 .实现城镇新增就业35万人以上，扶持创业3万人以上。（责任单位：市人力资源社会保障局、"
            "市财政局，各区政府）2.实施节能保暖工程640万平方米以上，改造城镇老旧小区400个以上。（责任单位：市住房城乡建设局、市财政局，"
            "各区政府）5 .提升托育服务供给和质量，新增托位2000个。（责任单位：市卫生健康委、市财政局）\n")
    kind, ex = read(text)
    got = facts(ex)
    assert {("1", "市人力资源社会保障局", schema.ROLE_RESPONSIBLE), ("1", "市财政局", schema.ROLE_RESPONSIBLE),
            ("2", "市住房城乡建设局", schema.ROLE_RESPONSIBLE), ("5", "市卫生健康委", schema.ROLE_RESPONSIBLE)} <= got, got
    texts = {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert texts["1"].startswith("实现城镇新增就业") and texts["5"].startswith("提升托育服务"), texts


def test_a_flattened_cell_written_as_its_bar_alone_is_empty_not_merged_with_the_row_above():
    # A table copied one cell a line, each cell closed by its bar on its own line: a bar alone is a cell written empty (its
    # row names no 责任单位), not a cell merged with the row above; a cell left out (no bar) still takes the one above.
    text = ("2023年区政府民生实事进展情况\n"
            "序号 |\n项目名称 |\n具体任务及目标 |\n牵头领导 |\n牵头单位 |\n责任单位 |\n进展情况 |\n"
            "1 |\n教育扩容工程 |\n完成区第二幼儿园等2所公办幼儿园建设。 |\n张 伟 |\n区教体局 |\n区国投集团 |\n室内工程基本完成。 |\n"
            "2 |\n医卫基础设施建设工程 |\n新建应急医疗救治中心1个。 |\n张 伟 |\n慈化镇 |\n|\n已完工。 |\n")
    kind, ex = read(text)
    got = facts(ex)
    assert {("1", "区国投集团", schema.ROLE_RESPONSIBLE), ("2", "慈化镇", schema.ROLE_LEAD)} <= got, got
    assert ("2", "区国投集团", schema.ROLE_RESPONSIBLE) not in got, got
