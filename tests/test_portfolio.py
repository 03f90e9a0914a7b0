"""A leadership's division of work (loaders/structure/portfolio.py) and 责任单位 fields read by a stated
convention (loaders/structure/responsibility.py): small examples written for each rule."""
from loaders.structure import annotation as ann
from loaders.structure import portfolio
from loaders.structure import responsibility as resp


def _duties(text, names):
    return [(d.who.text, d.task.text, d.role) for d in portfolio.read(text, set(names))]


def test_one_leader_a_line_portfolio_is_a_task_bureaus_are_not():
    text = ("副市长张三：负责工业、交通等方面工作，分管市工业和信息化局、市交通运输局。\n"
            "副市长李四：负责教育、卫生等工作。协助分管财政工作。分管市教育局。联系市红十字会。\n")
    assert _duties(text, {"张三", "李四"}) == [
        ("张三", "负责工业、交通等方面工作", "responsible"),
        ("李四", "负责教育、卫生等工作", "responsible"),
        ("李四", "财政工作", "support"),
    ]


def test_leader_on_a_line_of_their_own_heads_the_portfolio_beneath():
    text = "王五市长\n领导市政府全面工作。\n赵六常务副市长\n负责发展和改革、统计等工作。\n分管市发展和改革委员会，市统计局。\n"
    assert _duties(text, {"王五", "赵六"}) == [
        ("王五", "领导市政府全面工作", "responsible"),
        ("赵六", "负责发展和改革、统计等工作", "responsible"),
    ]


def test_a_single_titled_line_is_a_signature_not_a_division_of_work():
    assert _duties("特此通知。\n市长张三：负责解释。\n", {"张三"}) == []


def test_prose_leader_then_portfolio_portfolio_then_leader_and_pronoun():
    text = ("市政府领导分工公布。市长王五主持市政府全面工作。张三副市长负责农业、水利等，以及水库建设专项工作，有利于统筹发展。"
            "教育、文化等归口由李四副市长负责，她还负责医改工作。公安、司法等工作，统一由赵六负责。")
    assert _duties(text, {"王五", "张三", "李四", "赵六"}) == [
        ("王五", "主持市政府全面工作", "responsible"),
        ("张三", "农业、水利等，以及水库建设专项工作", "responsible"),
        ("李四", "教育、文化等", "responsible"),
        ("李四", "医改工作", "responsible"),
        ("赵六", "公安、司法等工作", "responsible"),
    ]


def test_prose_needs_a_division_of_work_and_a_post_beside_the_name():
    # No 分工 in the text: news of a meeting, not a division of work.
    assert _duties("市长王五主持召开常务会议。张三副市长负责会议筹备。", {"王五", "张三"}) == []
    # 主持 holds a portfolio only when its object is work (主持…工作), and a bare name does not say what a leader does.
    assert _duties("分工如下。市长王五主持召开会议。张三全面负责各项工作任务的完成。", {"王五", "张三"}) == []


def _field(text):
    value = ann.Span(text, 0, len(text))
    return value


def test_a_responsible_field_reads_by_the_stated_convention_and_its_own_words():
    text = "市发改委、市财政局、市统计局（除标注“分别牵头”外，列第一位为牵头单位，下同）"
    units, _, _ = resp.field_units(text, _field(text), "responsible", lead_first=True)
    assert [(u.name.text, u.role) for u in units] == [("市发改委", "lead"), ("市财政局", "support"), ("市统计局", "support")]
    text = "市人力社保局、市农业农村局分别牵头"
    units, _, _ = resp.field_units(text, _field(text), "responsible", lead_first=True)
    assert [(u.name.text, u.role) for u in units] == [("市人力社保局", "lead"), ("市农业农村局", "lead")]
    # Without a stated convention a 责任单位 list is responsible, unsplit.
    text = "市发改委、市财政局"
    units, _, _ = resp.field_units(text, _field(text), "responsible", lead_first=False)
    assert [u.role for u in units] == ["responsible", "responsible"]
    # A 配合单位 field keeps its role whatever the convention.
    units, _, _ = resp.field_units(text, _field(text), "support", lead_first=True)
    assert [u.role for u in units] == ["support", "support"]


def test_convention_wordings():
    for said in ("列第一位的为牵头单位", "排在第一位的为牵头部门", "列第一位为牵头或汇总单位",
                 "责任分解中，列第一位的责任单位为牵头单位或汇总单位"):
        assert resp.convention(said), said
    assert not resp.convention("各责任单位要加强与牵头单位沟通联系")


# ---- assignments told in prose (news retelling a division of tasks) --------------------------

def _told(text, known):
    return [(a.who.text, a.task.text, a.role, a.leader) for a in portfolio.assignments(text, known)]


def test_leader_and_unit_told_in_the_sentence():
    text = "根据方案，推进城市更新行动，牵头领导为常务副市长张建国，主责单位为市住建局；加快建设产业园区，牵头市领导为副市长李明华，牵头单位为市发改委、市工信局。"
    assert _told(text, {"张建国", "李明华"}) == [
        ("张建国", "推进城市更新行动", "lead", True), ("市住建局", "推进城市更新行动", "responsible", False),
        ("李明华", "加快建设产业园区", "lead", True), ("市发改委", "加快建设产业园区", "lead", False),
        ("市工信局", "加快建设产业园区", "lead", False)]


def test_leader_and_unit_told_in_a_bracket():
    text = "此外，办好十件民生实事(牵头领导:副市长王立新;责任单位:市民政局;配合单位:市财政局)。"
    assert _told(text, {"王立新"}) == [
        ("王立新", "办好十件民生实事", "lead", True), ("市民政局", "办好十件民生实事", "responsible", False),
        ("市财政局", "办好十件民生实事", "support", False)]


def test_a_post_without_a_name_is_no_leader_and_traditional_is_read():
    assert _told("推進河道整治，牽頭領導為分管副市長，主責單位為市水利局。", set()) == [
        ("市水利局", "推進河道整治", "responsible", False)]
    # a field with no task before it (a plan's own field line) is not told in prose
    assert _told("牵头单位：市发改委\n", set()) == []


def test_a_sentence_going_on_without_its_subject_is_the_same_leaders():
    from loaders.structure import portfolio
    text = ("会议印发了《某省人民政府领导成员工作分工》。\n"
            "代省长张建国领导省政府全面工作。负责财政、审计、机构编制方面工作。分管省财政厅、省审计厅。\n"
            "常务副省长李明华负责省政府常务工作。负责发展改革、统计方面工作。\n")
    got = {(d.who.text, d.task.text) for d in portfolio.read(text, {"张建国", "李明华"})}
    assert ("张建国", "省政府全面工作") in got and ("张建国", "财政、审计、机构编制方面工作") in got
    assert ("李明华", "发展改革、统计方面工作") in got
    assert not any(t.startswith("省财政厅") for _, t in got)


def test_units_a_meeting_charges_before_等单位要_answer_for_what_follows():
    text = ("会议强调，各单位要进一步提高思想认识。区交通运输局、区市政园林管理中心、莲洲镇等单位要每天更新、调度工作进展，"
            "按时保质完成各项任务。\n")
    assert {(a.who.text, a.task.text, a.role) for a in portfolio_assignments(text)} == {
        (u, "每天更新、调度工作进展，按时保质完成各项任务", "responsible") for u in ("区交通运输局", "区市政园林管理中心", "莲洲镇")}
    # one body alone, or a phrase that is no list of units, is no charge
    assert portfolio_assignments("各单位要按时保质完成各项任务。有关部门等单位要加强协作配合。\n") == []


def portfolio_assignments(text):
    from loaders.structure import portfolio
    return portfolio.assignments(text, set())


def test_an_item_charging_the_units_it_calls_the_leads():
    # 五、A、B等牵头部门，要…: the item's number is not a unit, the comma before 要 is allowed, and 牵头 makes them lead
    text = "五、县政府办、县发改局、县林业局等牵头部门，要于每次调度会议前将工作任务进展情况梳理详实。\n"
    assert {(a.who.text, a.role) for a in portfolio_assignments(text)} == {
        ("县政府办", "lead"), ("县发改局", "lead"), ("县林业局", "lead")}
