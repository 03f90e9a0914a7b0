"""Round 61 (lay11): how commitment lists and progress reports name who answers for each item, each rule on a small
example written for it: a post listed alone after its holder's name (李国庆 县委常委、常务副县长) is no one's name."""
from __future__ import annotations

from loaders.structure import annotation as ann


def test_a_post_listed_alone_after_its_holder_is_no_name():
    # 李国庆 县委常委、常务副县长: the posts after the name are his; 常务 (before 副县长) is no one's name
    text = "责任领导：李国庆 县委常委、常务副县长"
    found = ann.find(text, 0, len(text))
    field = ann.fields(text, found)[0][0]
    people, problems = ann.leaders(text, field.value)
    assert [p.text for p in people] == ["李国庆"] and not problems, (people, problems)
    assert ann.person("常务副县长") == "" and ann.person("常务副县长王五") == "王五"
