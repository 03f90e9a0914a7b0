"""A firm's posts named in a national document (芦岭煤矿党委书记王士永, 杏煤公司董事长、党委书记李志明, in a State Council
notice on mine accidents) are no officials of the nation: the document does not say where they serve, so they are
keyed by name in their document; the nation's own (国家发展改革委主任何立峰) stay the nation's."""
from __future__ import annotations

from graph import schema
from loaders.recognisers import officials
from loaders.recognisers.gazetteer import NATION
from loaders.recognisers.lexicon import default_lexicon

LX = default_lexicon()
TEXT = ("对事故负有主要责任的芦岭煤矿党委书记王士永受到撤销党内职务处分；杏煤公司副董事长兼总经理、党委副书记邵文受到撤销"
        "行政和党内职务的处分；杏煤公司董事长、党委书记李志明受到行政降级处分。国家发展改革委主任何立峰出席会议。")


def test_a_firms_posts_in_a_national_document_are_unplaced_and_the_nations_are_not():
    found = {m.name: m for m in officials.find(TEXT, LX, home=NATION).mentions}
    assert {"王士永", "邵文", "李志明"} <= set(found), sorted(found)
    assert all(found[n].unplaced_in(NATION) for n in ("王士永", "邵文", "李志明"))
    assert "何立峰" in found and not found["何立峰"].unplaced_in(NATION)
    # in a placed document, the firm's post is read where the document is, as before
    assert not found["王士永"].unplaced_in("安徽省/宿州市")
    assert schema.NATION == NATION
