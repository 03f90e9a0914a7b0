"""Misfires a review of the thirteenth session's rules found on written pages (rev15), each mended; every test fails on
the code before its mend."""
from __future__ import annotations

from tests.test_layouts_written import facts, read


def test_every_member_of_a_partner_list_is_anothers():
    plan = ("口岸经济发展行动方案\n为加快我省口岸经济发展，深化与广东省、广西壮族自治区的交流合作，结合我省实际，制定本方案。\n"
            "一、提升通关效率（省商务厅牵头，省交通运输厅配合）\n二、培育外贸主体（省商务厅负责）\n")
    assert read(plan)[1].document.region == ""
    plan = ("营商环境提升行动方案\n为优化我市营商环境，学习借鉴深圳市、杭州市先进经验，结合我市实际，制定本方案。\n"
            "一、压减审批时限（市市场监管局牵头，市政务服务局配合）\n二、市政府建立督办机制（市政府办公室负责）\n")
    assert read(plan)[1].document.region == ""


def test_a_market_regulator_is_no_citys_voice():
    plan = ("关于加快数据要素市场建设的指导意见\n各地区、各部门：\n数据是我国经济发展的新型生产要素。为加快我国数据要素市场建设，提出如下意见。\n"
            "一、完善数据产权制度（国家发展改革委、市场监管总局负责）\n二、规范数据交易（国家发展改革委、市场监管总局负责）\n"
            "三、开展试点（国家发展改革委、市场监管总局负责），支持上海市、深圳市开展数据交易试点。\n")
    assert read(plan)[1].document.region == "中华人民共和国"


def test_a_zone_named_like_a_district_elsewhere_names_no_host():
    news = ("东湖高新区新增3家国家级专精特新企业\n本报讯 近日，东湖高新区管委会公布名单，东湖高新区新增企业数量居武汉市首位。\n")
    assert read(news)[1].document.region == "湖北省/武汉市"
    news = ("城东工业园区一季度实现产值15亿元\n本报讯 今年一季度，城东工业园区实现规上工业产值15亿元，同比增长12%。\n")
    assert read(news)[1].document.region == ""


def test_a_work_reports_own_place_is_not_overruled_by_the_portal_that_reposts_it():
    report = ("临沂市2024年政府工作报告\n发布机构: | 沂水县人民政府办公室 | 发布日期: | 2024-01-20 |\n"
              "——2024年1月15日在临沂市第十九届人民代表大会第四次会议上\n市长 任某\n各位代表：\n现在，我代表市人民政府，向大会报告工作。\n")
    assert read(report)[1].document.region == "山东省/临沂市"


def test_a_headline_of_a_countys_township_cadres_names_no_township():
    news = ("天台乡镇干部专题培训班开班\n本报讯 3月5日，全县乡镇干部专题培训班开班，县委常委王某某出席并讲话。\n")
    assert not read(news)[1].document.region.endswith("天台乡")


def test_a_city_named_as_the_authority_followed_is_not_the_documents_own():
    plan = ("新型城镇化建设实施方案\n根据济宁市委、市政府关于新型城镇化建设的工作部署，结合我市实际，制定本方案。\n"
            "一、推进全市棚户区改造（市住房城乡建设局牵头）\n二、市政府建立协调机制（市发展改革局负责）\n")
    assert read(plan)[1].document.region != "山东省/济宁市"


def test_an_autonomous_regions_own_words_keep_its_plan_from_the_nation():
    plan = ("棉花产业高质量发展实施方案\n新疆是我国最大的优质商品棉生产基地。为推动我国纺织工业与棉花产业协同发展，制定本方案。\n"
            "一、提升棉花品质（自治区农业农村厅牵头）\n二、自治区人民政府建立联席会议制度，各地区、各部门要抓好落实。\n")
    assert read(plan)[1].document.region != "中华人民共和国"


def test_collectives_and_roles_are_no_sector_departments():
    plan = ("关于进一步规范行政审批的实施意见\n一、清理审批事项。县直部门要全面梳理本部门审批事项。\n"
            "二、加强协同。同级部门要相互配合，承办部门要按时办结。\n")
    names = {f[1] for f in facts(read(plan)[1])}
    assert not names & {"县直部门", "同级部门", "承办部门"}, names


def test_a_zone_listed_after_a_collective_of_bodies_is_a_unit_of_its_own():
    plan = ("重点工作分工方案\n1.优化营商环境。（责任单位：县发改局、各部门、园区）\n2.推进项目建设。（责任单位：县市场监管局、各乡镇、开发区）\n")
    names = {f[1] for f in facts(read(plan)[1])}
    assert {"园区", "开发区"} <= names, names
