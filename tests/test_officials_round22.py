"""Officials in the forms the once-blind pages wrote them and kg missed (twenty-second session): rosters writing the
name first and the post after it, posts kg's titles lacked, family names its list lacked. Each form on a small example
written for it."""
from __future__ import annotations

from graph import schema
from loaders.recognisers import official_rosters, officials
from loaders.recognisers.lexicon import default_lexicon
from loaders.reading.source import from_bytes
from loaders.registry import detect


def _leaders(text: str) -> dict[str, list[str]]:
    doc = from_bytes(text.encode("utf-8"), "t.txt")
    ex = detect(doc).parse(doc, default_lexicon())
    return {e.name: e.props.get("titles") for e in ex.entities if e.label == schema.LEADER}


def _rostered(text: str) -> dict[str, list[str]]:
    return {m.name: m.titles for m in official_rosters.find(text)}


# Rosters: a body's members one a row, the name, spaces, the post.

_COMMISSION = ("关于成立全市河道整治协调委员会的通知\n各区人民政府，市政府各部门：\n经研究，决定成立协调委员会，组成人员如下：\n"
               "主　任：欧阳明　　市人民政府副市长\n副主任：何建平　　市政府副秘书长\n"
               "　　　　吉　林　　市水务局局长\n成　员：司马光远　市财政局副局长\n　　　　冀　凡　　市住房城乡建设局副局长\n"
               "　　　　杨三省　　市自然资源局局长\n协调委员会办公室设在市水务局。\n")


def test_a_roster_names_each_member_before_the_post():
    found = _rostered(_COMMISSION)
    assert found == {"欧阳明": ["市人民政府副市长"], "何建平": ["市政府副秘书长"], "吉林": ["市水务局局长"],
                     "司马光远": ["市财政局副局长"], "冀凡": ["市住房城乡建设局副局长"], "杨三省": ["市自然资源局局长"]}


def test_a_roster_s_members_are_the_document_s_officials():
    leaders = _leaders(_COMMISSION)
    # (杨三省 省… is no 杨三 of a 省省 body; 吉林 padded is a name, not the province)
    assert {"欧阳明", "何建平", "吉林", "司马光远", "冀凡", "杨三省"} <= set(leaders)
    assert "杨三" not in leaders


def test_several_members_on_one_row():
    text = "省级总河长名单\n副总河长：刘惠 省委常委、常务副省长 张曙光 省政府副省长\n"
    assert _rostered(text) == {"刘惠": ["省委常委", "常务副省长"], "张曙光": ["省政府副省长"]}


def test_a_post_run_on_after_the_name_in_a_roster():
    text = ("领导小组组成人员如下：\n组长：袁占亭市委副书记、市长\n成员：王得明市委组织部副部长、市人社局局长\n"
            "万里市规划局局长\n巨洪程市工信委主任\n")
    assert _rostered(text) == {"袁占亭": ["市委副书记", "市长"], "王得明": ["市委组织部副部长", "市人社局局长"],
                               "万里": ["市规划局局长"], "巨洪程": ["市工信委主任"]}


def test_rows_that_are_no_roster():
    # a sentence, a label with no post after the name, a padded name run into what follows it (贺 昌 信省…: the row
    # cannot say where the name ends), a lone run-on row with no label
    for text in ("会议由 王建国 主持。\n", "联系人：王建国　　电话：1234567\n", "贺 昌 信省扶贫办副主任\n",
                 "张三 李四 王五\n", "王建国市长讲话\n"):
        assert _rostered(text) == {}, text


def test_family_names_kg_lacked():
    # 巨, 布 and 竞 are family names (巨洪程, 布小林, 竞中梅)
    found = {m.name for m in officials.find("受自治区主席布小林委托，副主任：竞中梅（市科技局局长）。", default_lexicon()).mentions}
    assert {"布小林", "竞中梅"} <= found


def test_a_roster_row_beside_one_whose_post_kg_has_no_title_for():
    text = "成　员：何亚非　　外交部部长助理\n　　　　朱曙光　　武警部队副司令员\n　　　　马　健　　空中交通管制办副主任\n"
    assert set(_rostered(text)) == {"何亚非", "马健"}


# Posts kg's titles lacked: a division's head, an administration's, a station's, a police detachment's, a party
# school's, a leading group's.

def test_posts_kg_lacked():
    found = {m.name: m.titles for m in officials.find(
        "省发展改革委人事处副处长李小兵，海关总署副署长龚正，林业站站长陶圣坤等一行。禁毒支队支队长杨卫国陪同督导。"
        "广西区委党校副校长唐秀玲作宣讲。省委副书记、省长、领导小组组长王忠林主持会议，副省长、领导小组副组长赵海山出席。",
        default_lexicon()).mentions}
    assert found["李小兵"] == ["副处长"] and found["龚正"] == ["副署长"] and found["陶圣坤"] == ["站长"]
    assert found["杨卫国"] == ["支队长"] and found["唐秀玲"] == ["区委党校副校长"]
    assert found["王忠林"] == ["省委副书记", "省长", "领导小组组长"] and found["赵海山"] == ["副省长", "领导小组副组长"]


def test_a_school_s_head_is_no_official():
    # 校长 of a school is no post of government (only a party school's)
    assert not officials.find("鲁迅中学副校长陶成永受聘为导师。", default_lexicon()).mentions


# A name after its title ended by a word kg's followers do not list: an adverbial adjective, an idiom, a set phrase, a
# word of place (jieba's dictionary shows the word; the name is what stands before it).

def test_a_name_ended_by_an_adverb_an_idiom_a_phrase_or_a_place_word():
    found = {m.name for m in officials.find(
        "省发改委副主任、省铁路民航建设协调办公室主任侯洪波详细介绍了项目进展。让县林业局局长吕永钧感慨不已。"
        "认真梳理省委书记陆浩、省长刘伟平重要讲话。同意书摆在了镇党委书记梁金华面前。", default_lexicon()).mentions}
    assert {"侯洪波", "吕永钧", "刘伟平", "梁金华"} <= found


def test_a_roster_leaves_out_posts_no_longer_held_and_academic_ones():
    text = ("委员：\n刘烈宏　　中央网信办副主任\n仲呈祥　　研究员、中国文联原副主席\n文秋芳　　教授、北京外国语大学学术委员会主任\n"
            "林尚立　　教授、中央政研室秘书长\n")
    assert _rostered(text) == {"刘烈宏": ["中央网信办副主任"], "林尚立": ["中央政研室秘书长"]}
