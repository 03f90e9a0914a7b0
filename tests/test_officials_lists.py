"""Officials named the ways news and 大事记 pages name them: lists after a collective lead-in, lists
sharing one title, title chains of every level, and traditional-character pages. Each form on a small
example written for it."""
from __future__ import annotations

import pytest

from graph import schema
from loaders.kinds import prose
from loaders.recognisers import officials
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading.source import from_bytes
from loaders.registry import detect


def _found(text: str) -> dict[str, officials.Mention]:
    out: dict[str, officials.Mention] = {}
    for m in officials.find(text, default_lexicon()).mentions:
        out.setdefault(m.name, m)
    return out


@pytest.mark.parametrize("text,group", [
    ("出席会议的领导有张建国、李明华、王立新。", ""),
    ("在主席台就座的领导有张建国、李明华、王立新。", ""),
    ("主席台就座的有：张建国、李明华，王立新。", ""),
    ("参加会议的还有张建国、李明华、王立新。", ""),
    ("应邀出席大会的市领导还有：张建国、李明华，王立新。", "市领导"),
    ("出席大会并在主席台就坐的市委、市人大常委会、市政府领导有张建国、李明华、王立新。", ""),
])
def test_names_after_a_collective_lead_in(text, group):
    found = _found(text)
    assert set(found) == {"张建国", "李明华", "王立新"}
    assert {m.group for m in found.values()} == {group} and all(not m.titles for m in found.values())


@pytest.mark.parametrize("text,names", [
    # 等 closes the list; so does a phrase joined by 及
    ("出席会议的领导有张建国、李明华等。", {"张建国", "李明华"}),
    ("参加会议的还有张建国、李明华及各乡镇负责人。", {"张建国", "李明华"}),
    # a unit ends it: what follows is not read as names
    ("出席会议的领导有张建国、县财政局、李明华。", {"张建国"}),
    # padded and dotted names are names
    ("在主席台就座的有韦 韬、艾尔肯·吐尼亚孜、李明华。", {"韦韬", "艾尔肯·吐尼亚孜", "李明华"}),
    # items with their own title are the title's (both are found, with their titles)
    ("出席会议的领导有县委常委、副县长张建国，李明华。", {"张建国", "李明华"}),
])
def test_a_lead_in_list_ends_at_the_first_item_that_is_not_a_name(text, names):
    assert set(_found(text)) == names


@pytest.mark.parametrize("text", [
    "参加会议的有县发改局、县财政局、县住建局等单位负责人。",
    "参加活动的有王家村、李家村、张庄。",
    "出席会议的有关部门负责人作了发言。",
    "参加培训的有200余人。",
    "参观的游客有来自安徽、江苏、浙江的。",
])
def test_enumerations_of_places_and_units_are_not_persons(text):
    assert not officials.find(text, default_lexicon()).mentions


def test_a_rare_family_name_between_two_names_of_a_leaders_list():
    # 华源 is an ordinary word to jieba; between two names in a list of leaders it is a name.
    assert set(_found("出席会议的市领导还有李政、华源、郑钢淼。")) == {"李政", "华源", "郑钢淼"}
    # at the list's end nothing vouches for it
    assert set(_found("出席会议的市领导还有李政、郑钢淼、华源。")) == {"李政", "郑钢淼"}


def test_names_sharing_a_collective_title():
    found = _found("新疆维吾尔自治区政协副主席艾尔肯·吐尼亚孜、张建国、李明华出席会议。")
    assert set(found) == {"艾尔肯·吐尼亚孜", "张建国", "李明华"}
    for m in found.values():
        assert m.titles == ["自治区政协副主席"] and m.level == "province"
        assert m.region == "新疆维吾尔自治区"


def test_a_body_s_leaders_named_as_a_group():
    found = _found("政协领导张建国、李明华、王立新、赵红梅出席。")
    assert set(found) == {"张建国", "李明华", "王立新", "赵红梅"}
    assert {m.group for m in found.values()} == {"政协领导"}
    # former leaders hold no office
    assert not _found("老领导张建国、李明华也应邀出席大会。")


@pytest.mark.parametrize("text,name,titles", [
    ("县委常委、副县长张建国主持会议。", "张建国", ["县委常委", "副县长"]),
    ("副县长、县公安局局长李明华出席。", "李明华", ["副县长", "县公安局局长"]),
    ("王立新副县长参加。", "王立新", ["副县长"]),
    ("党组书记、局长赵红梅讲话。", "赵红梅", ["党组书记", "局长"]),
    ("市委副书记、市长陈晓东调研。", "陈晓东", ["市委副书记", "市长"]),
    ("镇党委书记孙立军陪同。", "孙立军", ["镇党委书记"]),
    ("街道党工委书记吴海燕陪同。", "吴海燕", ["街道党工委书记"]),
    ("街道办事处主任郑丽华介绍情况。", "郑丽华", ["街道办事处主任"]),
    ("街道党工委副书记、办事处主任杨建莉陪同调研。", "杨建莉", ["街道党工委副书记", "办事处主任"]),
    ("街道工委书记宫浩汇报工作。", "宫浩", ["街道工委书记"]),
    ("代省长杜家毫领导省政府全面工作。", "杜家毫", ["代省长"]),
    ("文化部副部长、故宫博物院院长郑欣淼来我市考察。", "郑欣淼", ["副部长", "故宫博物院院长"]),
])
def test_title_chains_of_every_level(text, name, titles):
    found = _found(text)
    assert set(found) == {name} and found[name].titles == titles


def test_two_pairs_of_title_and_name_in_one_phrase():
    found = _found("区委书记周建国、区长刘志强出席。")
    assert (found["周建国"].titles, found["刘志强"].titles) == (["区委书记"], ["区长"])


def test_a_unit_s_post_takes_the_level_its_unit_names():
    (m,) = [m for m in officials.find("副县长、县公安局局长李明华出席。", default_lexicon()).mentions if m.role == "titled"]
    assert m.level == "county"


# A mirror's traditional copy, with the converter's pinyin left in brackets (協(xié)).
_TRADITIONAL = ("市政協(xié)召開十屆二十九次主席會(huì)議\n"
                "本報訊 12月24日,市政協(xié)召開(kāi)十屆二十九次主席會(huì)議。市政協(xié)主席孫建國主持會(huì)議并講話,"
                "市政協(xié)副主席付明華、黃立新出席會(huì)議。\n"
                "出席會(huì)議的市領(lǐng)導(dǎo)還有李紅梅、周建國。\n")


def test_a_traditional_news_page_gives_its_officials():
    doc = from_bytes(_TRADITIONAL.encode("utf-8"), "n.txt")
    assert detect(doc).kind == "news"
    ex = prose.extract(doc, default_lexicon(), "news")
    leaders = {e.name: e.props["titles"] for e in ex.entities if e.label == schema.LEADER}
    assert leaders == {"孙建国": ["市政协主席"], "付明华": ["市政协副主席"], "黄立新": ["市政协副主席"],
                       "李红梅": [], "周建国": []}


@pytest.mark.parametrize("dateline,kind", [("晨报讯 ", "news"), ("新华网讯 ", "news"), ("", "generic")])
def test_a_newspaper_s_own_dateline_makes_news(dateline, kind):
    # The page names no date: its dateline alone says it is the press at work.
    text = (f"市政协会议开幕\n{dateline}市政协十四届三次会议在世博中心隆重开幕。市政协主席张建国出席。"
            "市委书记李明华，市长王立新应邀出席大会。\n")
    assert detect(from_bytes(text.encode("utf-8"), "n.txt")).kind == kind


# Precision on national reports and ministry news (whole corpus, national work reports).

def _names(text: str) -> set[str]:
    return {m.name for m in officials.find(text, default_lexicon()).mentions}


def test_a_conjunction_after_a_title_joins_another_title_holder_and_names_no_one():
    assert _names("我们一定要实现毛主席和周总理的遗愿。") == set()
    assert _names("市长赵豪志和副市长李明出席会议。") == {"赵豪志", "李明"}


def test_a_preposition_after_two_characters_ends_the_name():
    assert _names("工业和信息化部部长苗圩在2019中国国际大数据产业博览会开幕式致辞。") == {"苗圩"}
    assert _names("党委副书记邵文受到撤销行政和党内职务的处分。") == {"邵文"}
    assert _names("副市长李有为。") == {"李有为"}         # a name that ends in 为 keeps it
    assert _names("区长王自在。") == {"王自在"}


def test_a_title_that_ends_another_word_is_no_post():
    assert _names("推动绩效工资分配，向班主任、教学一线倾斜。") == set()


def test_an_official_of_a_central_ministry_serves_at_the_national_level_wherever_the_meeting_is():
    found = officials.find("论坛在京举行，工业和信息化部信息化和软件服务业司巡视员李颖参加论坛并致辞。", default_lexicon())
    assert [(m.name, m.region) for m in found.mentions] == [("李颖", "中华人民共和国")]
    found = officials.find("市委宣传部部长王明出席。", default_lexicon())
    assert [m.region for m in found.mentions] == [""]


def test_a_local_head_in_a_national_report_is_not_placed_at_the_national_level():
    text = ("政府工作报告\n——2003年3月5日在第十届全国人民代表大会第一次会议上\n国务院总理 朱镕基\n"
            "对事故负有主要责任的三矿通风区区长尹有万被移交司法机关依法追究刑事责任。\n")
    doc = from_bytes(text.encode("utf-8"), "national.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    assert ex.document.region == "中华人民共和国"
    assert not any(e.label == schema.LEADER and e.name == "尹有万" and e.props.get("region") == "中华人民共和国"
                   for e in ex.entities)


def test_people_an_election_or_appointment_names_hold_the_office_it_gives():
    text = ("张有力当选为区人大常委会主任;卢勇当选为区人民政府区长。\n胡国强、尹光宗、王科当选为区人大常委会副主任。\n"
            "根据表决结果,任命熊福春同志为肇东市商务局局长,任命周文艺、田发启同志为肇东市监察委员会副主任。\n")
    got = {m.name: m.titles for m in officials.find(text, default_lexicon()).mentions}
    assert got["卢勇"] == ["区长"] and got["王科"] == ["副主任"] and got["熊福春"] == ["局长"]
    assert set(got) == {"张有力", "卢勇", "胡国强", "尹光宗", "王科", "熊福春", "周文艺", "田发启"}
    assert _names("会议选举产生区人大常委会主任、副主任。") == set()


def test_a_body_naming_itself_before_a_name_and_title():
    assert _names("常务副市长郑光照带领市政府副秘书长雷立新、我委王斌副主任,深入大荔县调研。") == {"郑光照", "雷立新", "王斌"}


def test_an_election_by_all_votes_and_a_name_without_a_han_family_name():
    text = "周加卡同志以全票当选多哇镇人民代表大会主席团主席;旦正卓玛同志以全票当选多哇镇副镇长。"
    assert _names(text) == {"周加卡", "旦正卓玛"}
    assert _names("经认真讨论,大家一致以全票当选为先进集体。") == set()


def test_a_local_head_in_a_state_council_notice_is_not_placed_at_the_national_level():
    text = ("国务院办公厅关于四起特大煤矿瓦斯爆炸事故调查处理情况的通报\n各省、自治区、直辖市人民政府:\n"
            "对事故负有主要责任的三矿通风区区长尹有万被移交司法机关。\n")
    doc = from_bytes(text.encode("utf-8"), "notice.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    assert ex.document.region == "中华人民共和国"
    assert not any(e.label == schema.LEADER and e.props.get("region") == "中华人民共和国" for e in ex.entities)


def test_members_of_a_task_force_with_their_posts_in_brackets():
    text = ("一、专班组成人员\n主任:尼加提·尼亚孜(市政府副市长)\n副主任:李中梅(市科技局局长)\n"
            "成员:薛智林(市林草局党组副书记、局长)\n吾买尔·阿不都拉(市文旅局党组副书记、局长)\n")
    got = {m.name: m.titles for m in officials.find(text, default_lexicon()).mentions}
    assert set(got) == {"尼加提·尼亚孜", "李中梅", "薛智林", "吾买尔·阿不都拉"}
    assert got["薛智林"] == ["党组副书记", "局长"]
    assert _names("会议强调(市长)要求各单位落实。") == set()


def test_names_elected_each_to_their_own_office():
    found = _found("会议选举镇长1名、镇人大主席1名。谢波、杨景宪两名同志分别以全票当选为某某镇人民政府镇长和镇人大主席团主席。")
    assert found["谢波"].titles == ["镇长"] and found["杨景宪"].titles == ["主席"]
    # Without 分别 both take the whole office, as before.
    found = _found("会议选举副镇长2名。张建国、李明华同志当选为某某镇人民政府副镇长。")
    assert found["张建国"].titles == found["李明华"].titles == ["副镇长"]


def test_a_name_before_为_and_a_post_where_the_text_names_it_elsewhere():
    text = ("受副省长、某某市委书记邹广委托，市人大常委会主任马飞主持会议。会议推选市委书记邹广为代表团团长，"
            "市人大常委会主任马飞为副团长。")
    found = _found(text)
    assert "邹广" in found and "马飞" in found and "邹广为" not in found and "马飞为" not in found
    # A name that ends in 为 and is never written without it keeps it.
    assert "李有为" in _found("副县长李有为主持会议。")


def test_an_adverb_and_a_modal_verb_are_not_a_name():
    assert "都可以" not in _found("不论哪个地区和部门，都可以参加交易，相互竞争。")
    assert "都要" not in _found("各级干部，都要参加。")
    assert {"王能", "李应"} <= set(_found("市领导王能、李应、张得胜参加。"))


def test_the_office_holders_of_bodies_beyond_chinas_state_are_not_officials():
    found = _found("中国高度赞赏联合国秘书长安南为和平解决问题所作的努力，国务院总理朱镕基会见了美国国务院副国务卿李四。")
    assert not any(n.startswith("安南") for n in found) and "李四" not in found
    assert "李明华" in _found("市长李明华主持会议。")


@pytest.mark.parametrize("text,name,title", [
    ("会议学习了石泰峰书记在大会上的讲话精神。", "石泰峰", "书记"),
    ("会议学习了讲话精神和李理市长调研的指示精神。", "李理", "市长"),
    ("会议由张建国市长主持。", "张建国", "市长"),
    ("严金海主席在会上所作的报告，是十分重要的文件。", "严金海", "主席"),
])
def test_a_name_before_a_bare_title_after_a_function_word(text, name, title):
    assert _found(text)[name].titles == [title]


@pytest.mark.parametrize("text", ["加强党支部书记在村里的作用。", "发挥第一书记的作用。", "请分管副市长在会上讲话。", "要向班主任倾斜。"])
def test_a_post_without_a_name_before_it_names_no_one(text):
    assert not _found(text)


def test_a_name_of_no_listed_family_name_after_a_title_and_named_again():
    text = "1月20日，盟委副书记、盟长奇巴图深入我旗就种业发展情况进行调研。奇巴图首先来到某某种业有限公司。"
    assert _found(text)["奇巴图"].titles == ["盟委副书记", "盟长"]
    # Named once only, it is not taken.
    assert "奇巴图" not in _found("盟长奇巴图深入我旗调研。")


def test_the_last_name_of_a_shared_title_list_before_围绕():
    found = _found("副区长王军龙、强永斌、张弘、赵锦鹏围绕各自分管领域重点工作谈思路。")
    assert found["赵锦鹏"].titles == ["副区长"]


def test_a_note_on_the_post_and_a_given_name_ending_as_a_place_would():
    found = _found("街道党工委副书记、办事处副主任（主持工作）袁登全，社区代表参加会议。")
    assert found["袁登全"].titles == ["街道党工委副书记", "办事处副主任"]
    found = _found("大会主席团常务主席李晓雷、赵青、周岭、吴明勇在主席台前排就座。")
    assert {"周岭", "吴明勇"} <= set(found)
    assert "白杨沟" not in _found("副县长王京文、白杨沟村代表参加。")


def test_a_name_before_进行():
    assert _found("与五里沟街道办事处主任赵超进行了座谈。")["赵超"].titles == ["街道办事处主任"]


@pytest.mark.parametrize("text,name,title", [
    ("会前，乡司法所所长单勤建对与会代表进行培训。", "单勤建", "所长"),
    ("区人大社会建设委员会主任委员姜敏主持会议。", "姜敏", "主任委员"),
    ("省人大常委会代表资格审查委员会副主任委员陈大成作报告。", "陈大成", "副主任委员"),
])
def test_the_heads_of_stations_and_congress_committees(text, name, title):
    assert _found(text)[name].titles == [title]


@pytest.mark.parametrize("text,name,title", [
    # posts of party groups and committees, and a police station's political officer
    ("县人大常委会党组成员张兵出席会议。", "张兵", "县人大常委会党组成员"),
    ("会议由镇党委组织委员葛冰主持。", "葛冰", "镇党委组织委员"),
    ("辛家庙派出所指导员李海蔚作为委员代表进行了表态发言。", "李海蔚", "辛家庙派出所指导员"),
    # a nominee for a post
    ("旗委常委、副旗长提名人选刘海涛陪同调研。", "刘海涛", "旗委常委、副旗长提名人选"),
    # where a name ends: 明确, 面对 and 讲 follow it; 主席台 is a platform, not a 主席
    ("市长何平明确要求，从今年起推行公开承诺。", "何平", "市长"),
    ("新当选的镇长祝海红面对国旗庄严宣誓。", "祝海红", "镇长"),
    ("最后镇党委副书记、镇长米厚章讲意见。", "米厚章", "镇党委副书记、镇长"),
    ("大会执行主席王志宏、刘东方、阳玮在主席台前排就座。", "阳玮", "大会执行主席"),
])
def test_more_posts_and_name_ends(text, name, title):
    found = _found(text)
    assert name in found, found
    assert found[name].titles and title.endswith(found[name].titles[-1])


def test_an_election_naming_one_office_after_another():
    text = ("会议以无记名投票方式，依法选举黄德为某某镇第十八届人大主席，蒋日旺为某某镇第十八届人大副主席；"
            "卜英忠为某某镇人民政府镇长，陈召传、钟木、陈斌为某某镇人民政府副镇长。")
    found = officials.find(text, default_lexicon(), places={"某某镇": "某省/某市/某县/某某镇"}).mentions
    got = {(m.name, m.titles[-1]) for m in found}
    assert {("黄德", "主席"), ("蒋日旺", "副主席"), ("卜英忠", "镇长"), ("陈召传", "副镇长"), ("钟木", "副镇长"), ("陈斌", "副镇长")} <= got
    assert {m.name for m in found} == {"黄德", "蒋日旺", "卜英忠", "陈召传", "钟木", "陈斌"}


def test_a_verb_and_its_object_before_an_office_is_no_name():
    text = "新当选的镇人民政府镇长卜英忠作履职表态发言，表示荣幸当选某某镇镇长。"
    assert set(_found(text)) == {"卜英忠"}


@pytest.mark.parametrize("text", [
    "代县长陈丹作《政府工作报告》，提出今年的目标。",
    "代县长陈丹说，某县还将深入推进医共体建设。",
])
def test_a_name_before_the_verb_of_what_is_said(text):
    assert set(_found(text)) == {"陈丹"}


@pytest.mark.parametrize("text,names", [
    # 列席 follows a name as 出席 does
    ("副县长李向平、罗平华，县法院院长张琨列席会议。", {"李向平", "罗平华", "张琨"}),
    # a name of no family name kg lists, right after a title and before a meeting's verb
    ("旗政协主席乌日图主持会议并讲话。", {"乌日图"}),
    # …but not the words of a clause there
    ("由县人大主任作重要讲话。", set()),
    ("请分管副市长在会上讲话。", set()),
])
def test_names_before_a_meetings_verb(text, names):
    assert set(_found(text)) == names


@pytest.mark.parametrize("text,names", [
    # a post written first and those who hold it (X由A、B担任)
    ("大会执行主席由蹇某某、李燕明、姚庆江担任。", {"蹇某某": "执行主席", "李燕明": "执行主席", "姚庆江": "执行主席"}),
    # names seated on the rostrum with no title, the paragraph indented
    ("    左军、孙开武、陈爱军和大会主席团成员在主席台就座。", {"左军": "", "孙开武": "", "陈爱军": ""}),
    # the chair's seat (执行主席席) is no name
    ("他们在主席台执行主席席就座。", {}),
    # 新当选的 speaks of the office, naming no one
    ("大会为新当选的镇人大主席、镇长颁发了当选证书。", {}),
])
def test_a_sessions_chairs_and_those_seated_on_the_rostrum(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names


@pytest.mark.parametrize("text,names", [
    # an election's list written with 、 between its names-and-offices
    ("选举杨某为某镇镇长、李中桂为某镇人大主席团主席，杜先春、李红为某镇副镇长。",
     {"杨某": "镇长", "李中桂": "主席", "杜先春": "副镇长", "李红": "副镇长"}),
    # … a transliterated name among them
    ("选举杨某为某镇镇长，杜先春、艾尔肯·吐尼亚孜为某镇副镇长。", {"杨某": "镇长", "杜先春": "副镇长", "艾尔肯·吐尼亚孜": "副镇长"}),
    # the first of names listed after a title, an ordinary word to jieba (海鹰)
    ("大会主席团常务主席海鹰、贾晋峰、吕文平在主席台前排就坐。", {"海鹰": "常务主席", "贾晋峰": "常务主席", "吕文平": "常务主席"}),
])
def test_elections_and_lists_under_one_title(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names


def test_an_elections_为_is_not_part_of_the_name_before_a_towns_office():
    found = officials.find("选举杨某为银涂镇镇长，杜先春、李红为银涂镇副镇长。", default_lexicon(),
                           places={"银涂镇": "江苏省/淮安市/金湖县/银涂镇"})
    assert {m.name for m in found.mentions} == {"杨某", "杜先春", "李红"}


@pytest.mark.parametrize("text,names", [
    # a government's counsellors and a political commissar are posts
    ("市政府参事关保英、阮忠良参加调研。", {"关保英", "阮忠良"}),
    ("兵团党委第一书记、第一政委马兴瑞会见专家。", {"马兴瑞"}),
    # a transliterated name ends where its sentence goes on (在…), not eight characters on
    ("自治区主席艾尔肯·吐尼亚孜在乌鲁木齐会见专家。", {"艾尔肯·吐尼亚孜"}),
    # … but 来 is part of such names
    ("副主席艾力·来提主持会议。", {"艾力·来提"}),
    # an opening or closing address follows a name as 致辞 does
    ("镇党委书记阮元兵致闭幕词。", {"阮元兵"}),
    # 占 is a family name
    ("常务副市长占勇代表市政府介绍情况。", {"占勇"}),
])
def test_more_posts_and_where_names_end(text, names):
    assert set(_found(text)) == names


@pytest.mark.parametrize("text,names", [
    # a nominee written 提名…人选
    ("县委常委、提名副县长人选张宏标陪同调研。", {"张宏标": "县委常委、提名副县长人选"}),
    # 应邀 before the verb of a list
    ("葛天成、陈俊应邀列席会议。", {"葛天成": "", "陈俊": ""}),
    # a second name joined by 及 to the first under one title
    ("市领导沙向东及鹿斌佐一行到公园街道观摩。", {"沙向东": "", "鹿斌佐": ""}),
    # … but not a body joined so (及区人大、政府各领导)
    ("区政协主席赵锋及区人大、政府各领导列席会议。", {"赵锋": "区政协主席"}),
    # a list item that is a body with a post of its own is no name
    ("区民政局局长孟凡伟、区妇联主席曹晓萌陪同。", {"孟凡伟": "局长", "曹晓萌": "主席"}),
    # … while the last name of a list before 在主席台 stays
    ("大会执行主席王志宏、刘东方、阳玮在主席台前排就座。", {"王志宏": "执行主席", "刘东方": "执行主席", "阳玮": "执行主席"}),
])
def test_nominees_lists_joined_by_及_and_bodies_with_posts_in_lists(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names


def test_a_post_to_be_filled_names_no_one():
    # 主任人选 (the person to be chosen for a post), not 提名…人选: no official, and no failure
    assert _found("委员会由各市派1名代表组成，主任人选由试点地区推举确定。") == {}


def test_a_dotted_phrase_opening_with_a_function_word_is_no_name():
    assert set(_found("直击“县长在线•热点追踪”访谈活动。自治区主席艾尔肯·吐尼亚孜出席。")) == {"艾尔肯·吐尼亚孜"}


def test_names_closed_by_等_and_their_collective_end_the_list():
    # A、B等区领导 are leaders of the district; those after 及区老领导 (retired leaders) are not read
    found = _found("胡开勇、张之湘、王伟等区领导及区老领导何志涛、谢安钦在主席台就座。")
    assert set(found) == {"胡开勇", "张之湘", "王伟"}
    assert {m.group for m in found.values()} == {"区领导"}


@pytest.mark.parametrize("text,names", [
    # an election going on with two names joined by 和 (but not a name holding 和: 刘和平)
    ("会议选举王凤汉为大兴乡乡长，汪国彬和孙学清为大兴乡副乡长。", {"王凤汉": "乡长", "汪国彬": "副乡长", "孙学清": "副乡长"}),
    ("选举黄德为镇人大主席，刘和平为镇人大副主席。", {"黄德": "镇人大主席", "刘和平": "副主席"}),
    # a seat on a commission given by an appointment is an office
    ("任命周文艺同志为某市监察委员会副主任，任命金东权、张伟国同志为某市监察委员会委员。",
     {"周文艺": "副主任", "金东权": "委员", "张伟国": "委员"}),
])
def test_elections_joined_by_和_and_seats_given_on_a_commission(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names


def test_a_member_named_otherwise_holds_no_office():
    # 政协委员 and 人大代表 are no posts
    assert _found("政协委员张三、李四参加。") == {}


@pytest.mark.parametrize("text,names", [
    # names of no Han family name kg lists, in a list under one title
    ("县政府县长晁世海，副县长胡绍军、王伟、尕玛才旦、才让扎西出席会议。",
     {"晁世海": "县长", "胡绍军": "副县长", "王伟": "副县长", "尕玛才旦": "副县长", "才让扎西": "副县长"}),
    # … or first after a title, before the next titled name
    ("参加会议的有西昌乡人大主席次仁达朗、纪委书记张三。", {"次仁达朗": "人大主席", "张三": "书记"}),
    # … but not a post after a title's word (主席团成员、大会秘书长)
    ("会议审议了主席团成员、大会秘书长名单。", {}),
])
def test_names_without_a_han_family_name_in_lists_under_a_title(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names


def test_a_name_jieba_takes_for_a_word_in_a_row_of_titled_names():
    # 林中 is an ordinary word (in the forest), but here it stands between a title and the next titled name
    found = _found("市委副书记、市长张帆，市人大常委会主任林中，市政协主席林健在主席台前排就座。")
    assert {n: "、".join(m.titles) for n, m in found.items()} == {
        "张帆": "市委副书记、市长", "林中": "市人大常委会主任", "林健": "市政协主席"}


def test_a_word_ending_a_sentence_after_a_title_is_still_no_name():
    # (no titled name follows it: 林中 here is where the 局长 walked)
    assert "林中" not in _found("局长走进林中，察看防火通道。")


@pytest.mark.parametrize("text,group", [
    # the collective after 等 may name the bodies its leaders come from
    ("胡万源、陈存枫、胡世才等市委、市人大常委会、市政府领导在主席台就座。", "市委、市人大常委会、市政府领导"),
    ("胡万源、陈存枫、胡世才等市四套班子领导出席。", "市四套班子领导"),
    # … or name the members of a body before the names
    ("十一届自治区政协主席会议成员胡万源、陈存枫、胡世才在主席台前排就座。", "十一届自治区政协主席会议成员"),
])
def test_names_under_the_collective_of_their_bodies(text, group):
    found = _found(text)
    assert set(found) == {"胡万源", "陈存枫", "胡世才"}
    assert {m.group for m in found.values()} == {group}


def test_a_long_rostrum_of_names_is_read_whole_though_one_name_reads_as_a_word():
    # thirty names before 在主席台就座 (李金科 ends as a section's 科 does): people sit on a rostrum, not units
    names = ["陈润儿", "洪洋", "齐同生", "任启兴", "项宗西", "张雨浦", "赵永清", "雷东生", "白尚成", "李金科", "石岱",
             "赵建宏", "马汉成", "彭友东", "姚爱兴", "董玲", "杨玉经", "沈凡", "沈左权", "王和山", "刘可为", "杨培君"]
    found = _found("、".join(names) + "和部分离退休老同志在主席台就座，祝贺大会召开。")
    assert set(names) - {"李金科"} <= set(found)
    # (a list of companies before 参加 still gives nobody)
    assert _found("海尔、海信、青岛啤酒、双星集团参加。") == {}


def test_commas_a_converter_puts_before_every_mark_are_not_read():
    # 崔波,、郭虎,、張守志 … 就座,。 — a mirror's debris: the list reads as 崔波、郭虎、张守志
    doc = from_bytes("自治區政協主席會議成員崔波,、郭虎,、張守志在主席臺前排就座,。\n".encode("utf-8"), "t.txt")
    assert "崔波、郭虎、张守志在主席台前排就座。" in doc.plain.text


@pytest.mark.parametrize("text,names", [
    # a bureau named before its head's name and title, the title after a preposition
    ("会上，州水利局张建荣局长对下一阶段工作进行了安排布置。", {"张建荣": "局长"}),
    ("县发改委王伟主任主持会议。", {"王伟": "主任"}),
    # a name followed by 结合 (结合部门实际…)
    ("区住建局局长刘江文结合部门实际作了汇报。", {"刘江文": "局长"}),
    # names of no Han family name: four characters after a title, before a meeting's verb; before 同志
    ("县政府常务副县长扎西闹吾、副县长成林才仁出席会议。", {"扎西闹吾": "常务副县长", "成林才仁": "副县长"}),
    ("会议由协调领导小组办公室主任才宁同志主持。", {"才宁": "主任"}),
])
def test_heads_named_after_their_bureau_and_names_of_no_listed_family_name(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names


def test_an_election_told_with_选举产生_and_a_list_closed_by_how_many_it_names():
    found = _found("依照法定程序选举产生李炳仁同志为某镇人大主席，陈伟文同志为某镇人民政府镇长，"
                   "黄耀斌、陈志坚、黄尤杰等3名同志为某镇人民政府副镇长。")
    assert {n: "、".join(m.titles) for n, m in found.items()} == {
        "李炳仁": "镇人大主席", "陈伟文": "镇长", "黄耀斌": "副镇长", "陈志坚": "副镇长", "黄尤杰": "副镇长"}


@pytest.mark.parametrize("text,names", [
    # a name, then the body whose post the title is (a plan's section header), at a clause's start
    ("二、张盈军区政府党组成员牵头重点工作", {"张盈军": "区政府党组成员"}),
    # … but not the body's own words (区人民政府区长: 区人民 is no name)
    ("当选为区人大常委会主任，区人民政府区长、副区长。", {}),
    # a title followed by 联系 (丛日昕主任联系住建局协调解决)
    ("锦绣社区室温低，丛日昕主任联系住建局协调解决。", {"丛日昕": "主任"}),
])
def test_a_name_before_the_body_its_title_belongs_to(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names


@pytest.mark.parametrize("text,names", [
    ("县长王伟作工作报告。", {"王伟": "县长"}),
    ("副市长李强作汇报。", {"李强": "副市长"}),
])
def test_the_作_of_what_a_person_gives_at_a_meeting_is_not_part_of_the_name(text, names):
    assert {n: "、".join(m.titles) for n, m in _found(text).items()} == names
