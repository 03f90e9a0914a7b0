"""A page that lost its line breaks (each written as a space), a leader header whose bracket names who assists
the leader, an assistant's post (省长助理), and a list closed by 等 with one more unit joined by 和.
Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

from graph import schema
from loaders.reading.source import from_bytes
from loaders.structure import annotation as ann

from tests.test_layouts_written import facts, read

# Line breaks lost, each kept as one space: the page is one line.
ONE_LINE = ("某省人民政府印发2006年政府工作目标责任分解的通知 某政发〔2006〕3号 各市、县人民政府，省直各部门："
            "现将2006年政府工作目标责任分解印发给你们，请认真贯彻落实。 二○○六年三月一日 "
            "2006年政府工作目标责任分解 根据省人代会通过的政府工作报告，现将工作目标责任分解如下： "
            "一、张三省长负责的工作 对主要工作任务负总责。 "
            "（一）省发展改革委牵头的工作 1.加快重点项目建设，确保全年投资增长百分之十五。 协同部门：省财政厅、省国土厅。 "
            "2.推进开发区改革，优化园区布局。 协同部门：省商务厅、省科技厅。 "
            "（二）省教育厅牵头的工作 3.推进义务教育均衡发展，新建改建学校五十所。 协同部门：省财政厅。\n")


def test_a_page_that_lost_its_line_breaks_has_them_back():
    doc = from_bytes(ONE_LINE.encode("utf-8"), "written.txt")
    lines = doc.clean.text.splitlines()
    assert "某政发〔2006〕3号" in lines and "（一）省发展改革委牵头的工作" in lines
    assert "协同部门：省财政厅、省国土厅。" in lines
    # the text's offsets are the original's: a restored break points at the space written for it
    k = doc.clean.text.index("\n某政发")
    assert ONE_LINE[doc.clean.origin[k]] == " "


def test_and_is_read_as_the_plan_it_is():
    kind, ex = read(ONE_LINE)
    assert kind == "division_plan"
    assert {("1", "省发展改革委", schema.ROLE_LEAD), ("1", "省国土厅", schema.ROLE_SUPPORT),
            ("3", "省教育厅", schema.ROLE_LEAD), ("3", "张三", schema.ROLE_RESPONSIBLE)} <= facts(ex)


PADDED = ("2021年1月5日在某县第十七届人民代表大会第五次会议上 某县县长 王小明 各位代表：现在，我代表县人民政府向大会报告工作，"
          "请予审议。 一、过去一年的工作 过去一年，我们攻坚克难。 全县生产总值增长百分之六。 "
          "一般公共预算收入增长百分之八。 城乡居民收入稳步增长。 二、今年的主要任务 今年是开局之年。 "
          "市长 韦 韬 来县调研时提出了要求。 我们要抓好落实。 全力稳增长，确保生产总值增长百分之六以上。 "
          "全力促改革，深化重点领域和关键环节改革。 全力惠民生，办好十件民生实事。 全力保安全，守牢安全生产底线。 "
          "三、加强政府自身建设 我们将坚持依法行政，自觉接受人大的法律监督和政协的民主监督，持续改进工作作风。\n")


def test_a_post_before_its_holders_name_and_a_padded_name_stay_on_their_line():
    doc = from_bytes(PADDED.encode("utf-8"), "written.txt")
    text = doc.plain.text
    assert "一、过去一年的工作" in text.splitlines()          # the page's lost breaks are back…
    assert "某县县长 王小明" in text                            # …but not between a post and its holder's name
    assert "市长 韦 韬" in text                                 # nor inside a name padded with spaces


def test_ocr_spaces_inside_sentences_are_no_lost_breaks():
    # Spaces that fall anywhere (OCR): not mostly after a sentence's end, so nothing is broken.
    ocr = ("新建改扩建中小学校幼儿 园 144 所、新增学位 2.87 万个，学前教育普惠性幼儿园覆盖率达到 87%，公办园在园幼儿占比 "
           "达到 50%。建成公共卫生临 床中心一期，检测实验室实 现区县全覆盖，企 业退休人员基本养老金提高 5%。") * 3
    doc = from_bytes(ocr.encode("utf-8"), "written.txt")
    assert "\n" not in doc.plain.text.strip()


ASSISTED = """某省2006年政府工作目标责任分解
一、张三省长负责的工作（李四秘书长、王五省长助理协助）
对主要工作任务负总责，同时具体负责以下工作：
（一）省审计厅牵头的工作
强化审计监督，维护财政经济秩序。
协同部门：省政府办公厅、财政厅、地税局等和各市、县人民政府。
二、赵六副省长负责的工作
（二）省教育厅牵头的工作
推进义务教育均衡发展。
协同部门：省财政厅。
"""


def test_those_a_header_names_as_assisting_its_leader_support_every_task_beneath():
    kind, ex = read(ASSISTED)
    assert kind == "division_plan"
    got = facts(ex)
    first = {(n, r) for s, n, r in got if "赵六" not in n and (n, r) != ("省教育厅", schema.ROLE_LEAD)}
    assert {("张三", schema.ROLE_RESPONSIBLE), ("李四", schema.ROLE_SUPPORT), ("王五", schema.ROLE_SUPPORT),
            ("省审计厅", schema.ROLE_LEAD)} <= first
    # the second leader's tasks are not helped by the first's assistants
    second = [s for s, n, r in got if n == "赵六"]
    assert second and not any(s == second[0] and n in ("李四", "王五") for s, n, r in got)


def test_an_assistant_to_a_head_of_government_is_a_post():
    assert ann.person("王五省长助理") == "王五" and ann.person("市长助理刘某某") == "刘某某"


def test_a_list_closed_by_etc_and_joined_to_one_more_unit_gives_each():
    # 地税局等和各市、县人民政府: 地税局, then the collective 各市、县人民政府, whole
    kind, ex = read(ASSISTED)
    names = {n for s, n, r in facts(ex) if r == schema.ROLE_SUPPORT}
    assert {"地税局", "各市、县人民政府", "财政厅"} <= names
    assert not any("等和" in n or n == "县人民政府" for n in names)


# Tables whose merged cells were left out, not left empty.
PROGRESS_ROW_SHORT = """2024年4月民生实事项目进展情况汇总表
序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |
1 | 为全县老年人免费接种流感疫苗2万人。 | 4月:制定接种工作方案。 | 县卫生健康局 | 已完成。已制定接种工作方案。 |
2 | 为重点人群免费开展癌症筛查5000人。 | 4月:完成筛查1000人。 | 已完成。完成筛查人数1800人。 | |
3 | 培训应急救护人员200人。 | 4月:完成培训50人。 | 县红十字会 | 已完成。培训60人。 |
"""


def test_a_row_whose_unit_cell_was_left_out_takes_the_unit_above_and_keeps_its_status():
    kind, ex = read(PROGRESS_ROW_SHORT)
    got = facts(ex)
    assert ("2", "县卫生健康局", schema.ROLE_LEAD) in got
    assert not any(s == "2" and "完成" in n for s, n, r in got)      # the status is no unit
    status = {e.props["seq"]: e.props.get("status", "") for e in ex.entities if e.label == schema.TASK}
    assert status["2"].startswith("已完成")


WORK_TABLE = """序号 | 项目 | 重点工作 | 牵头领导 | 牵头单位 | 主要参与单位
1 | 厚植创新发展源动力 | 建设科创走廊核心区，推进重大科技基础设施建设。 | 张三 | 区科技局 | 区发改局
2 | 深挖名校名院名企资源，加快构建技术创新中心体系。 | | 李四 | 区经信局 | 各平台、镇街
3 | 壮大科技创新主力军 | 深化科技企业“双倍增”行动，新增高新技术企业50家。 | 李四 | 区科技局 | 各平台
"""


def test_a_key_work_column_beside_a_project_column_is_the_task_and_a_left_out_project_cell_moves_the_work_back():
    kind, ex = read(WORK_TABLE)
    tasks = {e.props["seq"]: e.props["text"] for e in ex.entities if e.label == schema.TASK}
    assert tasks["1"].startswith("建设科创走廊核心区") and tasks["3"].startswith("深化科技企业")
    assert tasks["2"].startswith("深挖名校名院名企资源")
    assert {("2", "区经信局", schema.ROLE_LEAD), ("2", "李四", schema.ROLE_LEAD)} <= facts(ex)


def test_a_table_giving_each_task_a_lead_under_no_title_is_a_division_of_tasks():
    kind, ex = read(WORK_TABLE)
    assert kind == "division_plan"


OWN_PLEDGES = """某县人民政府关于开展2021年为民办实事工作的通知
各乡镇人民政府，县直各单位：
现将《2021年县委、县政府为民办实事工作计划》印发给你们，请认真组织实施。
一、教育惠民
1.新建幼儿园3所，新增学位900个。
责任单位：县教育局
完成时限：2021年12月
2.改造农村薄弱学校10所。
责任单位：县教育局、县财政局
完成时限：2021年10月
"""

CARRIED_OUT = """某市人民政府办公厅关于印发
某市贯彻落实全省20件民生实事(2024年)工作方案的通知
各区、县人民政府，市政府各有关部门：
现将《某市贯彻落实〈全省20件民生实事(2024年)〉工作方案》印发给你们，请认真贯彻执行。
1.新建幼儿园3所，新增学位900个。
责任单位：市教育局
完成时限：2024年12月
2.改造农村薄弱学校10所。
责任单位：市教育局、市财政局
完成时限：2024年10月
"""


def test_a_governments_own_pledges_set_out_as_a_plan_are_its_list_of_pledges():
    kind, ex = read(OWN_PLEDGES)
    assert kind == "commitment_table"
    assert ("1", "县教育局", schema.ROLE_RESPONSIBLE) in facts(ex)


def test_a_plan_carrying_out_another_bodys_list_of_pledges_is_a_plan_of_measures():
    kind, ex = read(CARRIED_OUT)
    assert kind == "action_plan"
    assert ("2", "市财政局", schema.ROLE_RESPONSIBLE) in facts(ex)


CHECKED_BY = """某区2016年度经济社会发展目标任务分解表
序号 | 目标任务 | 分值 | 监考单位
1 | 地区生产总值增长8% | 3 | 区发改局、区统计局
2 | 规模以上工业增加值增长9% | 3 | 区经信局
"""


def test_the_unit_that_checks_a_target_answers_for_it():
    # 监考单位 (or 考核单位): the unit that checks and scores a target; no lead/support split is written
    kind, ex = read(CHECKED_BY)
    assert {("1", "区发改局", schema.ROLE_RESPONSIBLE), ("1", "区统计局", schema.ROLE_RESPONSIBLE),
            ("2", "区经信局", schema.ROLE_RESPONSIBLE)} <= facts(ex)


def test_a_bracket_closed_by_etc_and_a_collective_reads_every_unit_a_national_body_among_them():
    from loaders.structure import responsibility as resp
    t = "深入实施快递下乡工程。（商务部、邮政局、供销合作总社等和各有关省级人民政府负责）"
    got = {(n.name.text, n.role) for u in resp.find(t, 0, len(t), False) for n in u.units}
    assert {("商务部", "responsible"), ("供销合作总社", "responsible"), ("各有关省级人民政府", "responsible")} <= got


GROUP = """市政府决定成立环保目标责任考核领导小组，其组成人员如下：
组长：李明远市委副书记、市长
成员：王得明市委组织部副部长、市人社局局长
陈卫东市财政局局长
陈静市环保局局长
董兰艳市目标办主任
领导小组办公室设在市环保局，办公室主任由陈静同志兼任。
"""


def _officials(text: str) -> dict[str, list[str]]:
    from loaders.recognisers import officials
    from loaders.recognisers.lexicon import default_lexicon
    out: dict[str, list[str]] = {}
    for m in officials.find(text, default_lexicon()).mentions:
        out.setdefault(m.name, []).extend(m.titles)
    return out


def test_members_listed_name_then_their_bureau_and_post_are_officials_of_that_bureau():
    got = _officials(GROUP)
    assert "市财政局局长" in got["陈卫东"] and "市环保局局长" in got["陈静"] and "市目标办主任" in got["董兰艳"]
    assert got["王得明"][:2] == ["市委组织部副部长", "市人社局局长"]


def test_a_post_filled_by_a_name_after_you_is_that_persons():
    got = _officials(GROUP)
    assert "由陈静" not in got and "主任" in got["陈静"]


MANDATED = """2018年11月22日在某市十七届人大常委会第十六次会议上
市审计局局长 王某某
主任、各位副主任、各位委员：
我受市人民政府委托，向市人大常委会报告我市2017年度本级预算执行和其他财政收支审计查出问题的整改情况，请予审议。
一、审计整改工作总体推进情况
市委市政府高度重视审计查出问题的整改落实工作，高庆丰书记和项敏市长多次作出重要批示，推进审计整改落实。
"""


def test_a_report_made_on_anothers_behalf_on_how_findings_were_put_right_is_a_progress_report():
    kind, ex = read(MANDATED)
    assert kind == "progress_report"


def test_the_second_of_two_titled_names_joined_by_and_is_an_official_too():
    got = _officials(MANDATED)
    assert "书记" in got["高庆丰"] and "市长" in got["项敏"]


NUMBERED_NOTICE = """市政府办公厅关于印发2014年市政府要完成的与人民生活密切相关的实事的通知
沪府办发〔2014〕14号
各区、县人民政府，市政府各委、办、局：
经市政府同意，现将《2014年市政府要完成的与人民生活密切相关的实事》印发给你们，请认真组织实施。
"""


def test_a_number_on_its_own_line_is_not_joined_to_the_title_above_it_and_places_the_notice():
    doc = from_bytes(NUMBERED_NOTICE.encode("utf-8"), "written.txt")
    assert "沪府办发〔2014〕14号" in doc.clean.text.splitlines()
    kind, ex = read(NUMBERED_NOTICE)
    assert ex.document.region == "上海市"


TITLED_PLAN = """  德州市贯彻落实省《突破鲁西崛起三年行动计划(2023—2025年)》实施方案

  为深入贯彻落实省政府部署，制定本实施方案。
  一、重点任务
  1.加快重大项目建设。(市发展改革委牵头，市财政局配合)
  2.推进产业园区提升。(市工业和信息化局牵头，市商务局配合)
"""

SIGNED_NOTICE = """区人民政府办公室关于印发2023年区政府工作报告目标任务责任分解方案的通知
2023-01-05 10:00 区人民政府办公室
各街道办事处、乡人民政府，区人民政府各部门：
现将责任分解方案印发给你们，请认真贯彻落实。
一、各责任单位要高度重视，明确责任，狠抓落实。
二、区绩效考评机构要将目标任务纳入绩效管理考核范围。
三、各责任单位每季度报送落实情况。
四、加强督查。
五、严肃问责。
蔡甸区人民政府办公室
2023年1月3日
"""


def test_a_title_naming_what_the_document_is_stays_on_its_line_and_places_the_plan():
    doc = from_bytes(TITLED_PLAN.encode("utf-8"), "written.txt")
    assert doc.clean.text.splitlines()[0].strip().endswith("实施方案")
    kind, ex = read(TITLED_PLAN)
    assert ex.document.region == "山东省/德州市"


def test_an_issuer_named_without_its_region_takes_it_from_the_signature_naming_the_same_body():
    kind, ex = read(SIGNED_NOTICE)
    assert ex.document.region == "湖北省/武汉市/蔡甸区"


SIGNED_NEWS = """市政府就政府工作报告分别征求市人大常委会、市政协意见
发布日期: 2024-02-06 14:45 作者: 徐珊珊 李艳美 信息来源: 某市日报
2月4日至5日，市委副书记、市长杜建辉带领市政府班子成员分别与市人大常委会、市政协座谈，征求对政府工作报告的意见建议。
市人大常委会主任张三、市政协主席李四参加座谈。与会人员围绕报告提出意见建议。杜建辉表示，将认真梳理吸纳。
"""

EMPTY_BYLINE = """当前位置:首页 > 专题 > 督查在线
市政府第25次常务会议研究事项落实情况
【信息来源:【作者:【信息时间:2018-04-04 10:11 阅读次数: 】
市政府督查室对市政府第25次常务会议研究的8项工作落实情况进行了跟踪督查。从督查的情况看，均在有序推进。
一、关于传达贯彻“两会”精神。各县(市、区)、市直各单位专门召开会议传达贯彻了“两会”精神，已全部完成。
二、关于重点项目建设。市发改委已完成项目谋划，目前正在推进前期工作。
"""


def test_a_piece_the_press_signs_is_news_though_its_headline_reads_like_a_title():
    kind, ex = read(SIGNED_NEWS)
    assert kind == "news"


def test_an_empty_by_line_field_is_no_press():
    from loaders.kinds import prose
    assert not prose._REPORTER.search("【信息来源:【作者:【信息时间:2018-04-04")
    assert prose._REPORTER.search("作者: 徐珊珊 李艳美")
    assert read(EMPTY_BYLINE)[0] == "progress_report"


def test_a_unit_working_together_with_others_leads_them_and_a_scope_before_by_is_no_name():
    from loaders.structure import responsibility as resp

    def units(t):
        return [(n.name.text, n.role) for u in resp.find(t, 0, len(t), False) for n in u.units]
    assert units("促进产业升级。（国家发展改革委会同有关部门负责）") == [("国家发展改革委", "lead"), ("有关部门", "support")]
    assert units("启动试点。（技工院校内由人力资源社会保障行政部门负责）") == [("人力资源社会保障行政部门", "responsible")]
    assert units("推进。（自由贸易试验区管委会牵头，市财政局配合）")[0] == ("自由贸易试验区管委会", "lead")
    assert units("推进。（怀化市会同县人民政府负责）") != [("怀化市", "lead"), ("县人民政府", "support")]
    assert units("携带行驶证（前往地方公安机关交通管理部门）。") == []      # where to go, not who answers


CONVENTION_IN_FIELD = """某省2024年政府工作报告重点工作责任分解
一、张三省长牵头重点工作
1.坚持政府过紧日子，严控一般性支出。
责任单位：省政府办公厅、省财政厅牵头，省商务厅、省文化广电和旅游厅（除标注为“牵头”单位外，列第一位的为牵头或汇总单位，下同）
2.积极争取专项债券。
责任单位：省财政厅、省发展改革委
"""


def test_units_no_word_qualifies_after_those_said_to_lead_support_them_under_the_stated_convention():
    got = facts(read(CONVENTION_IN_FIELD)[1])
    assert {("1", "省政府办公厅", "lead"), ("1", "省财政厅", "lead"), ("1", "省商务厅", "support"),
            ("1", "省文化广电和旅游厅", "support"), ("2", "省财政厅", "lead"), ("2", "省发展改革委", "support")} <= got


# Guards: what the rules above must leave alone (a review's counter-examples).
def test_working_together_keeps_what_the_verb_says_and_needs_a_body_before_it():
    from loaders.structure import responsibility as resp

    def units(t):
        return [(n.name.text, n.role) for u in resp.find(t, 0, len(t), False) for n in u.units]
    assert ("市财政局", "support") in units("推进。（市发改委牵头，市财政局会同各县区配合）")
    assert units("推进。（市发改委会同市财政局负责）") == [("市发改委", "lead"), ("市财政局", "support")]
    assert units("推进。（向阳街道办事处负责）") == [("向阳街道办事处", "responsible")]
    assert ("向阳镇人民政府", "support") in units("推进。（区住建局牵头，向阳镇人民政府配合）")


def test_a_header_line_naming_its_leader_leaves_the_bracket_below_it_to_the_tasks():
    text = ("某省政府工作目标责任分解\n一、张三省长负责的工作\n统筹推进全省重点工作。（省政府办公厅配合）\n"
            "（一）省发展改革委牵头的工作\n推进重大项目建设。\n协同部门：省财政厅。\n")
    got = facts(read(text)[1])
    assert any(n == "省政府办公厅" and r == "support" for _, n, r in got)


def test_a_plan_naming_pledges_only_in_its_preamble_or_carrying_out_its_own_report_keeps_its_kind():
    body = "一、重点任务\n1.新建养老机构5个。（市民政局牵头，市财政局配合）\n2.改造适老化住房100户。（市住建局牵头，市民政局配合）\n"
    assert read("某市养老服务体系建设三年行动计划\n为把养老服务作为重要民生实事抓紧抓好，制定本行动计划。\n" + body)[0] == "action_plan"
    own = ("某县2021年为民办实事工作方案\n为贯彻落实县政府工作报告确定的为民办实事任务，制定本方案。\n"
           "1.新建幼儿园3所。\n责任单位：县教育局\n完成时限：2021年12月\n2.改造学校10所。\n责任单位：县教育局\n完成时限：2021年10月\n")
    assert read(own)[0] == "commitment_table"
    wrapped = ("某县人民政府关于印发2023年十件民生实事\n项目责任分解方案的通知\n各乡镇人民政府：\n"
               "1.新建幼儿园3所。\n责任单位：县教育局\n完成时限：2023年12月\n2.改造学校10所。\n责任单位：县教育局\n完成时限：2023年10月\n")
    assert read(wrapped)[0] == "commitment_table"


def test_growth_before_a_lost_break_is_no_post():
    line = ("某市人民政府关于印发稳经济若干措施的通知 各区县人民政府： 现将若干措施印发给你们。 一、稳定经济增长 "
            "1.加快重大项目建设。（市发改委牵头，市财政局配合） 2.扩大有效投资。（市发改委牵头） 3.促进消费。（市商务局牵头） "
            "4.稳定外贸。（市商务局牵头） 5.支持企业纾困。（市工信局牵头） 6.稳定就业。（市人社局牵头） "
            "二、保障改善民生 7.办好民生实事。（市发改委牵头） 8.加强社会保障。（市人社局牵头） 9.提升公共服务水平。（市教育局牵头） "
            "三、强化组织保障 10.各地各部门要加强组织领导，细化工作措施，确保各项政策落地见效。（市政府办公室牵头） "
            "11.加强督查考核，对工作推进不力的予以通报。（市政府督查室牵头）\n")
    doc = from_bytes(line.encode("utf-8"), "written.txt")
    assert "一、稳定经济增长" in doc.clean.text.splitlines()


def test_a_row_with_a_unit_kg_does_not_list_and_an_empty_last_cell_is_not_short():
    table = ("序号 | 工作任务 | 责任单位 | 完成时限 | 备注 |\n1 | 新建幼儿园3所。 | 县教育局 | 2024年12月 | |\n"
             "2 | 开展农资下乡活动。 | 县供销社 | 2024年10月 | |\n")
    got = facts(read(table)[1])
    assert ("2", "县供销社", "responsible") in got and ("2", "县教育局", "responsible") not in got


def test_members_listed_one_after_another_keep_their_own_posts_and_by_is_no_name():
    got = _officials("成员：张三市财政局局长、李四市教育局局长、王五市民政局局长")
    assert got.get("张三") == ["市财政局局长"]
    got = _officials("会议由陈静市环保局局长主持。")
    assert "由陈静" not in got and got.get("陈静") == ["市环保局局长"]


def test_a_checking_unit_answers_only_where_no_other_unit_column_does():
    table = "序号 | 目标任务 | 责任单位 | 考核单位\n1 | 地区生产总值增长8% | 区发改局 | 区统计局\n2 | 工业增加值增长9% | 区经信局 | 区统计局\n"
    got = facts(read(table)[1])
    assert ("1", "区发改局", "responsible") in got and not any(n == "区统计局" for _, n, _ in got)


def test_empty_by_line_fields_are_no_press():
    from loaders.kinds import prose
    assert not prose._REPORTER.search("作者： 来源：市政府办公室") and not prose._REPORTER.search("【作者：】")


RIVER_CHIEFS = """某省省级总河长、副总河长、河长、湖长名单
一、省级总河长、副总河长
总河长：张三 省委书记 李四 省委副书记、省长
二、省级河长
（一）长江干流某省段
河长：张三 省委书记副河长：王五 省政府副省长协助：省水利厅
（二）淮河干流某省段
河长：李四 省委副书记、省长副河长：赵六 省政府副省长协助：省生态环境厅
三、省级湖长
（一）某湖
湖长：钱七 省委常委、合肥市委书记协助：合肥市政府、省水利厅
"""


def test_a_list_of_river_and_lake_chiefs_gives_each_river_its_chief_deputies_and_helpers():
    kind, ex = read(RIVER_CHIEFS)
    assert kind == "division_plan"
    got = facts(ex)
    assert {("(一)", "张三", "responsible"), ("(一)", "王五", "support"), ("(一)", "省水利厅", "support")} <= {
        (s[-3:], n, r) for s, n, r in got}
    assert not any(n == "合肥" for _, n, _ in got)        # 合肥市委书记 is 钱七's post, no one's name
    assert any(n == "钱七" and r == "responsible" for _, n, r in got)
