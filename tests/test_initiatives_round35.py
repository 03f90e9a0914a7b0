"""Initiatives, the thirtieth round (ini33): what the random draw of blind round 29 (now dev) misses in general,
each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_national_programmes_named_alike_across_reports_are_known():
    names, _ = _run("推进全面创新改革试验，改革科技评价制度。深入实施工业强基、重大装备专项工程。", "全国")
    assert {"全面创新改革试验", "工业强基工程"} <= set(names)
    names, _ = _run("国有商业银行股份制改革顺利推进，农村信用社改革取得进展。", "全国")
    assert "国有商业银行股份制改革" in names


def test_a_pilot_the_sentence_carries_out_by_name_is_a_programme():
    names, _ = _run("加快通关便利化改革，扩大跨境电子商务试点。推进托幼一体化试点，开展儿童健康专项行动。", "河南省")
    assert {"跨境电子商务试点", "托幼一体化试点"} <= set(names)
    names, _ = _run("深化农产品出口试点建设。今年将进行国有资本经营预算编制试点。", "安徽省")
    assert {"农产品出口试点", "国有资本经营预算编制试点"} <= set(names)
    names, _ = _run("推进绿色开采试点。开展村居升级试点，推进美丽村居提升试点。", "山西省")
    assert not any(n.endswith("试点") for n in names)     # a quality and a kind, an upgrade of places: kinds


def test_a_counted_or_field_pilot_is_still_a_kind():
    names, _ = _run("新增一批绿色开采试点，持续提高单井规模。实施规模化技改试点15个左右。", "山西省")
    assert not any(n.endswith("试点") for n in names)
    names, _ = _run("全面落实扩大电信、医疗、教育等领域开放试点政策。今年在东北地区部分行业先行试点。", "广东省")
    assert not any(n.endswith("试点") for n in names)
    names, _ = _run("深化建设浦东引领区。持续推进综合改革试点，片区化推进乡村振兴试点。", "上海市")
    assert not {"综合改革试点", "乡村振兴试点"} & set(names)      # a bare pilot, a strategy's pilot: kinds


def test_a_city_international_gateway_exchange_is_a_project():
    names, _ = _run("开通运营青岛国际通信业务出入口局。完成南宁国际通信业务出入口局网络主体建设。申建国际通信业务出入口局。", "山东省")
    assert {"青岛国际通信业务出入口局", "南宁国际通信业务出入口局"} <= set(names)
    assert "国际通信业务出入口局" not in names


def test_the_national_ai_pilot_base_is_known_after_its_fields():
    names, _ = _run("争创工业软件、家居家电国家人工智能应用中试基地。", "山东省")
    assert "国家人工智能应用中试基地" in names
    assert "家居家电国家人工智能应用中试基地" not in names


def test_a_run_pilot_of_a_quoted_mechanism_or_ending_on_development_stays_open():
    names, _ = _run("推进科研经费“包干制”试点。开展绿色城市建设发展试点，推进安全风险综合管理系统项目试点。"
                    "深化新型农技人员职称评审试点。", "山东省")
    assert not any(n.endswith("试点") for n in names)


def test_luoshi_runs_a_programme_so_a_verb_after_it_opens_the_name():
    names, _ = _run("贯彻民营经济促进法，落实促进民营经济发展七大行动，鼓励民间投资。", "陕西省")
    assert "促进民营经济发展七大行动" in names
    assert "民营经济发展七大行动" not in names


def test_a_strategic_role_is_no_strategy():
    names, _ = _run("强化国内国际双循环战略链接作用。打造内陆开放战略支点，实施扩大内需战略。", "上海市")
    assert "国内国际双循环战略" not in names and not any(n.endswith("开放战略") for n in names)
    assert "扩大内需战略" in names
