"""Initiatives, the twenty-second round (ini25): what the random draws of the corpus's work reports (blind rounds 18-21,
now dev) miss in general, each rule on a small example written for it."""
from tests.test_initiatives import _run


def test_national_battles_written_as_one_and_the_war_on_drugs_are_known():
    names, _ = _run("深入打好蓝天、碧水、净土保卫战，持续打好禁毒人民战争。", "湖北省")
    assert {"蓝天碧水净土保卫战", "禁毒人民战争"} <= set(names)
    assert "净土保卫战" not in names       # (the last battle alone is not named: the three are written as one)
    names, _ = _run("打好蓝天保卫战。", "湖北省")
    assert "蓝天保卫战" in names
