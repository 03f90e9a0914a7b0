"""A roster, as a notice setting up a group lists its members: one member a line, a name (padded or not), a
space, the posts the member holds. Each line stands alone (the next member's name is not read after this
member's posts), and a 主任 after an office's name heads that office (县政府办公室主任). Each rule on a small
example written for it (issue 12: officials as written)."""
from __future__ import annotations

from graph import schema
from loaders.reading.source import from_bytes

from tests.test_layouts_written import read

ROSTER = ("关于成立沂水县创建全国文明城市工作领导小组的通知\n\n"
          "各乡镇人民政府，县政府各部门：\n"
          "为加强对创建工作的组织领导，经县政府研究，决定成立沂水县创建全国文明城市工作领导小组，组成人员如下：\n"
          "组  长：王志刚  县委副书记、县长\n"
          "副组长：李  明  县委常委、常务副县长\n"
          "        张晓红  副县长\n"
          "成  员：赵建国  县政府办公室主任\n"
          "        刘伟    县发展和改革局局长\n"
          "        陈静    县财政局局长\n"
          "领导小组下设办公室，办公室设在县住房和城乡建设局，李明同志兼任办公室主任，负责领导小组日常工作。\n")


def _posts(ex) -> dict[str, str]:
    ents = {e.ref: e for e in ex.entities}
    return {ents[r.source].name: r.props.get("title", "") for r in ex.relations if r.type == schema.SERVES_IN
            and ents[r.source].label == schema.LEADER}


def test_each_member_holds_the_posts_on_their_own_line():
    _, ex = read(ROSTER)
    posts = _posts(ex)
    assert posts["李明"] == "县委常委、常务副县长"       # (a padded name before its posts)
    assert posts["张晓红"] == "副县长"                   # (not the posts of the line above)
    assert posts["王志刚"] == "县委副书记、县长" and posts["陈静"] == "县财政局局长"


def test_a_director_after_an_office_is_that_offices_head():
    _, ex = read(ROSTER)
    assert _posts(ex).get("赵建国") == "县政府办公室主任"


def test_roster_lines_stay_apart_but_wrapped_prose_still_joins():
    doc = from_bytes(ROSTER.encode("utf-8"), "written.txt")
    lines = [line.strip() for line in doc.clean.text.splitlines()]
    assert "张晓红副县长" in lines and "副组长：李明县委常委、常务副县长" in lines
    wrapped = "为加强对创建工作的组织领导，经县政府研究，决定成立创建全国文明城市\n工作领导小组，组成人员如下：\n"
    assert "创建全国文明城市工作领导小组" in from_bytes(wrapped.encode("utf-8"), "w.txt").clean.text


# A notice setting up or reshaping a body of its own names the government issuing it: 关于成立/调整/组建 + a region's
# body. A 批复 approving such a change is the approver's, so its title places nothing.
RESHAPED = ("关于调整沂水县安全生产委员会组成人员的通知\n\n各乡镇人民政府，县政府各部门：\n"
            "因人事变动，经研究，决定对县安全生产委员会组成人员进行调整。调整后名单如下：\n"
            "主　任：王志刚（县委副书记、县长）\n副主任：李　明（县委常委、常务副县长）\n")


def test_a_notice_reshaping_a_body_of_its_own_is_placed_there():
    _, ex = read(RESHAPED)
    assert ex.document.region == "山东省/临沂市/沂水县"
    assert "县委副书记" in _posts(ex)["王志刚"]


def test_an_approval_of_the_change_is_not_placed_by_its_title():
    from loaders.recognisers.lexicon import default_lexicon
    from loaders.recognisers.title_places import title_region
    assert title_region("关于调整沂水县行政区划的批复", default_lexicon()) is None
    assert title_region("关于成立联合调查组的通知", default_lexicon()) is None


# A ministry's members listed the same way: a name, the state's body, its post (李国英  水利部部长). The name is the
# official's, serving at the national level; a region's bureau before its post is read so already (陈静  市环保局局长).
NATIONAL = ("国务院关于成立国家防汛抗旱总指挥部的通知\n国发〔2020〕9号\n"
            "各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n"
            "为加强防汛抗旱工作的领导，国务院决定成立国家防汛抗旱总指挥部，组成人员如下：\n"
            "副总指挥：李国英　水利部部长\n"
            "成员：宁吉喆　国家发展改革委副主任\n"
            "　　　余蔚平　财政部副部长\n"
            "总指挥部办公室设在应急管理部，承担总指挥部日常工作。\n国务院\n2020年3月1日\n")


def test_a_ministrys_member_is_read_before_the_body_and_post():
    _, ex = read(NATIONAL)
    posts = _posts(ex)
    assert posts.get("李国英") == "水利部部长" and posts.get("余蔚平") == "财政部副部长"
    assert posts.get("宁吉喆") == "国家发展改革委副主任"
    assert {e.props["region"] for e in ex.entities if e.label == schema.LEADER} == {"中华人民共和国"}
