"""Review 18's items on duties told in prose (`duties.told`, `duties.by_last`, read by `sentence_charges.add`), each
guarded on the reviewer's input or one like it: a wrong fact is worse than a missed one."""
from __future__ import annotations

from graph import schema
from loaders.structure import duties

from tests.test_layouts_written import read


def _got(found) -> list[tuple[list[str], str]]:
    return [([n.name.text for n in units], task.text) for units, task in found]


def _facts(text: str) -> list[tuple[str, str]]:
    """(body's name as written, task's text) for every RESPONSIBLE_FOR of the document text."""
    _, ex = read(text)
    ents = {e.ref: e for e in ex.entities}
    return sorted((ents[r.source].aliases[-1] if ents[r.source].aliases else ents[r.source].name,
                   ents[r.target].props["text"]) for r in ex.relations if r.type == schema.RESPONSIBLE_FOR)


def test_one_body_named_last_for_three_measures_answers_for_each():
    # rev18 #1: …由X负责。 puts the measure before the body; three measures of one body are three, not one told thrice
    got = _facts("第八条 生活垃圾处理费的征收和使用管理，具体工作由市城市管理局负责。\n"
                 "第九条 分类投放设施的配置和维护，统一交由市城市管理局负责。\n"
                 "第十条 生活垃圾分类的宣传教育和考核评价，由市城市管理局负责。\n")
    assert got == [("市城市管理局", "分类投放设施的配置和维护"), ("市城市管理局", "生活垃圾分类的宣传教育和考核评价"),
                   ("市城市管理局", "生活垃圾处理费的征收和使用管理")], got


def test_a_body_another_charges_is_the_one_charged_never_both_in_one_name():
    # rev18 #6: 市政府督促市城市管理局负责… is no body named 市政府督促市城市管理局: the body after the verb answers
    got = _got(duties.told("市政府督促市城市管理局负责指导各区开展分类工作。市政府明确市住建局负责老旧小区改造工作。"
                           "市政府指定市住建局负责项目审批工作。市政府要求市住建局应当加快项目进度。"
                           "市政府确定市住建局负责试点工作。会议同意市住建局负责牵头推进。\n"))
    assert all(len(units) == 1 and units[0] in ("市城市管理局", "市住建局") for units, _ in got), got
    assert len(got) == 6, got


def test_no_duty_of_a_committee_of_owners_or_villagers_nor_of_a_grassroots_role():
    # rev18 #7: committees of a procedure or of residents, a street office with no name, a community's service centre,
    # a bureau's institutions: none is the region's department
    assert duties.told("业主委员会应当督促物业服务企业履行合同。评标委员会应当按照招标文件评审。专家委员会负责评审论证。"
                       "仲裁委员会应当依法受理。人民调解委员会应当及时调解。村民委员会应当协助做好分类工作。"
                       "居民委员会负责组织居民参与。村务监督委员会应当加强监督。街道办事处应当组织开展宣传。"
                       "物业服务中心应当做好日常管理。社区卫生服务中心应当做好健康管理。市住建局所属事业单位应当加强管理。\n") == []
    assert duties.by_last("分类宣传工作由居民委员会负责。\n") == []


def test_no_duty_of_a_rules_interpretation():
    # rev18 #8: who interprets a rule (本实施细则由X负责解释, 本条例的解释工作由X负责) is no measure
    assert duties.by_last("第三十条 本实施细则由市司法局负责解释，具体工作由市城市管理局组织实施。\n"
                          "本条例的解释工作，由市人大常委会法制工作委员会负责。\n本暂行规定由市财政局负责。\n") == []


def test_a_body_named_last_answers_not_for_what_another_body_does_in_its_sentence():
    # rev18 #11: …所需资金由X和Y承担，具体由X负责: what X is said to do last is no more than the clause another does
    assert duties.by_last("各区县要加强分类设施建设，所需资金由市财政局和区县财政按比例承担，具体由市财政局负责。\n") == []
    # (what the rule was written for still holds)
    assert _got(duties.by_last("第十二条 年度考核可与年终干部考核工作结合进行，具体工作由人事教育部负责。\n")) == [
        (["人事教育部"], "年度考核可与年终干部考核工作结合进行")]


def test_duties_of_offices_stations_and_brigades_and_of_numbered_items():
    # rev18 #12: a body ending in 室, 所, 队, 处 is told its duty; an item numbered 第21条, ①, 1）, 一是
    got = _got(duties.told("市政府办公室应当加强统筹协调。领导小组办公室应当定期调度工作进展。县司法所应当做好调解工作。"
                           "县交警大队应当加强路面管控。\n第21条 市住建局负责物业管理工作。\n①市交通运输局负责道路运输管理。\n"
                           "1）市水务局负责供水保障工作。\n一是市民政局负责养老服务工作。\n"))
    assert [units for units, _ in got] == [["市政府办公室"], ["领导小组办公室"], ["县司法所"], ["县交警大队"], ["市住建局"],
                                           ["市交通运输局"], ["市水务局"], ["市民政局"]], got
    # a long list of bureaus; X分别负责, X按照各自职责负责; X负责A，同时负责B (B is X's too)
    got = _got(duties.told("市发展改革委、市工业和信息化局、市财政局、市自然资源和规划局、市生态环境局、市住房城乡建设局等部门"
                           "应当按照职责做好相关工作。\n市住建局、市水务局分别负责城区和农村的供水管理。\n"
                           "市公安局、市交通运输局按照各自职责负责道路安全管理。\n市城管局负责垃圾收运，同时负责分类设施的维护。\n"))
    assert got == [(["市发展改革委", "市工业和信息化局", "市财政局", "市自然资源和规划局", "市生态环境局", "市住房城乡建设局"],
                     "按照职责做好相关工作"),
                   (["市住建局", "市水务局"], "城区和农村的供水管理"),
                   (["市公安局", "市交通运输局"], "道路安全管理"),
                   (["市城管局"], "垃圾收运，同时负责分类设施的维护")], got
    # (a thing's requirement is still no duty: 场所, 站; nor a 所 or a 队 that is no body's, two of the corpus's reports)
    assert duties.told("经营场所应当设置分类收集容器。智能化小型水电站应达到无人值班的要求。"
                       "有人打算减轻自己所应该担当并且能够担当的责任。外国军队应全部撤出柬埔寨和阿富汗。\n") == []
