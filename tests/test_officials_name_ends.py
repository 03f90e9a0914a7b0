"""Where a name written with its title ends: before 关于 (孙桂华副镇长关于…的汇报), before 从 (陈海刚从三个方面…), a
given name ending in 于 where a preposition or meeting verb follows (县长张中于在…主持), and a name before 于 and a
date (市长李强于3月5日主持…). Each rule on a small example written for it (issue 14)."""
from __future__ import annotations

import pytest

from loaders.recognisers import officials
from loaders.recognisers.lexicon import default_lexicon


@pytest.mark.parametrize("sentence, name, title", [
    ("会上听取了孙桂华副镇长关于实事项目实施情况的汇报。", "孙桂华", "副镇长"),
    ("最后，镇党委书记陈海刚从谋划工作要着眼大局方面进行了强调。", "陈海刚", "镇党委书记"),
    ("县长张中于在县政务服务中心主持召开县人民政府常务会议。", "张中于", "县长"),
    ("县长张中于主持召开会议。", "张中于", "县长"),
    ("市长李强于3月5日主持会议。", "李强", "市长"),
])
def test_a_titled_name_ends_where_the_sentence_goes_on(sentence, name, title):
    got = {(m.name, t) for m in officials.find(sentence, default_lexicon()).mentions for t in m.titles}
    assert (name, title) in got


def test_yu_before_a_phrase_is_still_no_part_of_a_name():
    # 于 opening a phrase after a two-character name is not the name's: 李强于会上…
    got = {m.name for m in officials.find("市长李强于会上强调，要抓好落实。", default_lexicon()).mentions}
    assert "李强于" not in got
