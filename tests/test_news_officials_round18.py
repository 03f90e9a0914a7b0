"""Officials news names (eighteenth session): a group's names after 有 (出席会议的县领导有A、B、C): 有 opens the
list and is never read as a family name (有王建国). On a small example written for it."""
from __future__ import annotations

from loaders.recognisers import officials
from loaders.recognisers.lexicon import default_lexicon


def test_a_groups_names_after_you_carry_no_you():
    found = officials.find("出席会议的县领导有王建国、李明华、刘志强。", default_lexicon())
    names = {m.name for m in found.mentions}
    assert names == {"王建国", "李明华", "刘志强"}
    found = officials.find("参加活动的市领导还有：王建国、李明华。", default_lexicon())
    assert {m.name for m in found.mentions} == {"王建国", "李明华"}
