"""Floors on the layout development set (bench/layouts.py, tests/gold/layouts), just under the figures reached.

Tuned on the dev split only; the held-out split is a check, its floor set from its first reading.
"""
from __future__ import annotations

import pytest

from bench import layouts


@pytest.fixture(scope="module")
def summary():
    return layouts.summary(layouts.run("all"))


def test_dev_responsibility_facts_and_kinds(summary):
    dev = summary["dev (split)"]["kg"]
    # 417 dev excerpts since the session of 2026-12-06 (sixth): blind rounds 32 and 33 moved in after one measurement,
    # and dev rounds 38, 39 and 40. That session's start on the same 417: facts F1 0.887 (P 0.975), kind 0.921,
    # officials F1 0.965; its end: 0.905 (P 0.982), 0.935, 0.974. Floors just under what is reached: raise them as the
    # readers improve, never lower them on the same sample.
    # 465 since the seventh session (2026-12-06): blind rounds 36 and 37 moved in after one measurement, and dev rounds
    # 43 (its charges to collectives conformed to the set's rule) and 44. Its start (49e6868) on the same 465: facts F1
    # 0.872 (P 0.981), kind 0.925, officials F1 0.942; its end: 0.899 (P 0.982), 0.942, 0.976.
    # 493 since the eighth session (2026-12-06): blind rounds 41 and 42 moved in after one measurement, a new sample, so
    # new floors. Its start (02af5e0) on the same 493: facts F1 0.880 (P 0.966, 1292/1338 of 1598), kind 0.937,
    # officials F1 0.968.
    # Its end (eighth session): facts F1 0.905 (P 0.983, 1340/1363), kind 0.949, officials F1 0.975. With rounds 45 and
    # 46 moved in (513): 0.894 (1373/1397 of 1675) at ebfb5eb, 0.905 (1405/1429) after the 河长 list rules, kind 0.945,
    # officials F1 0.973.
    # Ninth session (2026-12-06): on the same 513, its start (fdc5eb7) 0.905 (P 0.983, 1405/1429), its end 0.929 (P 0.984,
    # 1475/1499); then blind rounds 47 and 48 moved in after their one measurement (536, a new sample, so new floors):
    # facts F1 0.916 (P 0.974, 1536/1577 of 1778), kind 0.942, officials F1 0.970 before the rules read from them;
    # 0.923 (P 0.983, 1547/1574), kind 0.944, officials F1 0.972 after.
    # Tenth session, same 536: its end 0.937 (P 0.985, 1589/1614), kind 0.946, officials F1 0.973.
    # Eleventh session: blind rounds 49 and 50 moved in after their one measurement (558, a new sample, so new floors;
    # the kind floor of 0.945 no longer held at c285436): facts F1 0.925 (P 0.982, 1645/1675 of 1881), kind 0.937,
    # officials F1 0.970 before the rules read from them (helper lay3); 0.930 (P 0.982, 1660/1690), kind 0.937, officials
    # F1 0.979 after.
    # Twelfth session: blind round 53 moved in after its measurement (567): at 5603dcb facts F1 0.928 (P 0.982,
    # 1661/1692 of 1886), under this floor; after the news charge rules (helper lay4) 0.930 (P 0.983, 1664/1693),
    # kind 0.938, officials F1 0.98. The floor holds again, not raised. Then blind round 55 (8 GitHub-kept documents,
    # 12 facts, none found at the start) moved in after its one measurement (575, a new sample, so new floors): at the
    # session's start (5603dcb) facts F1 0.923 (P 0.981, 1661/1693 of 1906), kind 0.936, officials F1 0.979.
    # Thirteenth session: blind round 54 (12 GitHub-kept documents) moved in after its two measurements (587, a new
    # sample): at the session's start (b9c3d98) facts F1 0.906 (P 0.969, 1712/1767 of 2011), kind 0.932, officials F1
    # 0.975; at its end facts F1 0.923 (P 0.990, 1739/1757), kind 0.957, officials F1 0.976. New floors, just under.
    # Fourteenth session: blind round 56 (10 GitHub-kept documents, 47 of its 61 facts in generic documents' prose)
    # moved in after its two measurements (597, a new sample): at the session's start (658618d) facts F1 0.908 (P 0.989,
    # 1740/1759 of 2072), kind 0.958, officials F1 0.975; at its end facts F1 0.912 (P 0.989, 1754/1773), kind 0.972,
    # officials F1 0.975. New floors, just under.
    # Fifteenth session: blind round 57 (10 GitHub-kept documents) moved in after its two measurements (607, a new
    # sample): at the session's start (e3926c3) facts F1 0.897 (P 0.988, 1758/1779 of 2139), kind 0.970, officials F1
    # 0.972; at its end facts F1 0.918 (P 0.989, 1832/1852), kind 0.982, officials F1 0.973. New floors, just under.
    # Sixteenth session: blind round 58 (12 stored pages: nine documents assigning tasks, three news) moved in after its
    # two measurements (619, a new sample): at the session's start (8021b71) facts F1 0.910 (P 0.988, 1853/1875 of
    # 2196), kind 0.981, officials F1 0.973. New floors, just under. At its end facts F1 0.935 (P 0.990, 1944/1964),
    # kind 0.990, officials F1 0.973: floors raised, just under.
    # Seventeenth session: blind round 59 (12 corpus policies naming duties in prose) moved in after its two measurements
    # (631, a new sample): at the session's start (5e6508e) facts F1 0.923 (P 0.990, 1953/1973 of 2261), kind 0.984,
    # officials F1 0.970. New floors, just under. At its end facts F1 0.936 (P 0.992, 2003/2020), kind 0.986, officials
    # F1 0.971: the facts floor raised, just under.
    # Eighteenth session: blind round 60 (12 more corpus policies in prose) moved in after its two measurements (643, a
    # new sample): at the session's start (bb4971e) facts F1 0.917 (P 0.991, 2012/2030 of 2357), kind 0.984, officials
    # F1 0.971. New floors, just under. At its end facts F1 0.943 (P 0.992, 2118/2136), kind 0.984, officials F1 0.971:
    # the facts floor raised, just under.
    # Nineteenth session: blind round 61 (10 stored pages: six city division plans, four news) moved in after its two
    # measurements (653, a new sample): at the session's start (557e1e2) facts F1 0.941 (P 0.989, 2184/2208 of 2435),
    # kind 0.982, officials F1 0.971. The floors hold. At its end facts F1 0.944 (P 0.990, 2196/2219), kind 0.986,
    # officials F1 0.971: the kind floor raised, just under.
    # Twentieth session: blind round 62 (8 GitHub-kept documents, seven of 上海, read blind at facts F1 0.57) moved in
    # after its two measurements (661, a new sample): at the session's start (f03453c) facts F1 0.909 (P 0.977,
    # 2330/2386 of 2738), kind 0.985, officials F1 0.971. New floors, just under. At its end facts F1 0.946 (P 0.991,
    # 2479/2502: the body-by-body 职责分工, the flattened 任务名称 / 任务内容 and category-first tables, 支撑单位; all of
    # it round 62's 上海 documents), kind 0.985, officials F1 0.971: the facts floor raised, just under.
    # Twenty-first session: blind round 63 (12 stored pages of 10 provinces) moved in after its two measurements (673, a
    # new sample): at the session's start (846e72c) facts F1 0.945 (P 0.988, 2517/2547 of 2782), kind 0.982, officials
    # F1 0.970. The kind floor follows, just under; the others hold. At its end facts F1 0.946 (P 0.989, 2523/2552),
    # kind 0.982, officials F1 0.970.
    # Twenty-second session: blind rounds 64 and 65 (19 stored pages of 17 provinces) moved in after their two
    # measurements (692, a new sample): at the session's start (aa47e5d) facts F1 0.941 (P 0.987, 2572/2607 of 2862),
    # kind 0.980, officials F1 0.968. The floors hold. At its end facts F1 0.951 (P 0.987, 2626/2661: facts4's table
    # opened by its rules, facts5's prose roles and sector lists, facts6's news forms), kind 0.981, officials F1 0.980
    # (off1's rosters and titles). Floors raised, just under.
    assert dev["facts"]["f1"] >= 0.95 and dev["facts"]["p"] >= 0.985
    assert dev["kind"] >= 0.98 and dev["officials"]["f1"] >= 0.975


def test_heldout_is_read_too(summary):
    held = summary["heldout (split)"]["kg"]
    # (before:) 119 held-out excerpts, 95 of them blind (rounds 3, 4, 6, 11, 16, 36, 37; 36 and 37 measured once, when added at
    # the end of the session of 2026-12-06 (sixth)): facts F1 0.758 (P 0.84), officials F1 0.827; the session's
    # starting code on the same 119: the same (one wrong prediction fewer).
    # Then rounds 36 and 37 moved to dev and blind rounds 41 and 42 joined, measured once at the end of the seventh
    # session (2026-12-06): a new sample of 119, so a new floor. Its start (49e6868): facts F1 0.745 (459/565 of 667),
    # officials F1 0.879; its end: facts F1 0.744 (459/567: two more wrong predictions), officials F1 0.902.
    # Then rounds 41 and 42 moved to dev (eighth session, 2026-12-06), leaving 91 (blind rounds 3, 4, 6, 11, 16 and 13
    # never blind): a new sample, so a new floor. Its start (02af5e0): facts F1 0.775 (426/511 of 588), officials F1 0.922.
    # Then blind rounds 45 and 46 joined (20 excerpts, measured once at the end of the eighth session): a new sample of
    # 111, so a new floor. Its start (02af5e0): facts F1 0.757 (457/543 of 665), officials F1 0.921; its end: facts F1
    # 0.759 (459/545), officials F1 0.921.
    # Then, in the same session, rounds 45 and 46 moved to dev right after that one measurement, leaving the 91 again:
    # facts F1 0.775 (426/511) at ebfb5eb, 0.773 (424/509) after the 河长 list rules that followed (measured once, at the
    # end; two right facts fewer and two predictions fewer, not looked into, as held-out excerpts are not read).
    # Ninth session: blind rounds 47 and 48 joined (114, measured once at the end: facts F1 0.759 → 0.764, 485/587 →
    # 487/584 of 691, officials F1 0.923 → 0.921), then moved to dev, leaving the 91: facts F1 0.779 (426/506 of 588),
    # officials F1 0.920 (232/240; 0.922 at the session's start: one more official predicted, not looked into).
    # Tenth session: blind rounds 49, 50 and 51 (the last drawn at random from the corpus's policies) joined, 125 held
    # out, measured once at the end: facts F1 0.802 (612/697 of 830), officials F1 0.910 (248/256 of 259), kind 0.824,
    # the session's start (64deec3) and its end alike. A new sample, so a new floor. Then blind round 52 (10 more drawn at
    # random from the corpus's policies) joined, 135 held out: facts F1 0.825 (717/802 of 937), officials F1 0.910,
    # kind 0.837, start and end alike.
    # Eleventh session: blind rounds 49 and 50 moved to dev and blind round 53 (9 stored pages) joined, 122 held out:
    # facts F1 0.837 (662/743 of 839), officials F1 0.922, kind 0.861 with the session's start (b5faf4d). A new sample,
    # so a new floor.
    # Twelfth session: blind round 53 moved to dev and blind round 54 (12 documents kept in public GitHub files, the
    # weakest round yet: facts F1 0.48) joined, 125 held out: facts F1 0.804 (702/807 of 939), officials F1 0.911, kind
    # 0.840 with the session's start (5603dcb). A new sample, so a new floor.
    # Thirteenth session: blind round 54 moved to dev and blind round 56 (10 more GitHub-kept documents: facts F1 0.03)
    # joined, 123 held out: facts F1 0.808 (662/743 of 895), officials F1 0.929, kind 0.870 at the session's start
    # (b9c3d98) and its end alike. A new sample, so a new floor.
    # Fourteenth session: blind round 56 moved to dev and blind round 57 (10 more GitHub-kept documents: facts F1 0.03,
    # officials F1 0.87) joined, 123 held out: facts F1 0.805 (662/744 of 901), officials F1 0.917, kind 0.862 at the
    # session's start (658618d); at its end facts F1 0.808 (665/746), officials F1 0.919, kind 0.870. A new sample, so a
    # new floor.
    # Fifteenth session: blind round 57 moved to dev and blind round 58 (12 pages of the stored corpus: nine documents
    # assigning tasks, three news) joined, 125 held out: facts F1 0.825 (682/763 of 891), officials F1 0.929, kind 0.872
    # at the session's start (e3926c3); at its end facts F1 0.824 (682/764), officials F1 0.929, kind 0.872. A new sample,
    # so a new floor.
    # Sixteenth session: blind round 58 moved to dev, 113 held out: facts F1 0.839 (661/741 of 834), officials F1 0.927,
    # kind 0.867 at the session's start (8021b71). A new sample, so a new floor. Then blind round 59 (12 policies of the
    # shared corpus drawn at random among those that name duties in prose) joined, 125 held out: facts F1 0.810 (667/747
    # of 899), officials F1 0.907, kind 0.848 with the session's starting code. A new sample, so a new floor. At its end
    # facts F1 0.813 (671/751), officials F1 0.907, kind 0.856.
    # Seventeenth session: blind round 59 moved to dev, 113 held out: facts F1 0.840 (662/742 of 834), officials
    # F1 0.927, kind 0.876 at the session's start (5e6508e). A new sample, so a new floor. Then blind round 60 (12 more
    # corpus policies naming duties in prose, drawn the same way: 4 of 96 facts found) joined, 125 held out: facts F1
    # 0.795 (666/746 of 930), officials F1 0.927, kind 0.872 with the session's starting code. A new sample, so a new
    # floor. At its end facts F1 0.798 (671/752), officials F1 0.927, kind 0.880.
    # Eighteenth session: blind round 60 moved to dev, 113 held out: facts F1 0.840 (662/742 of 834), officials
    # F1 0.927, kind 0.876 at the session's start (bb4971e). A new sample, so a new floor. Then blind round 61 (10 pages of
    # the stored corpus: six division plans, four news) joined, 123 held out: facts F1 0.844 (728/814 of 912), officials
    # F1 0.930, kind 0.870 with the session's starting code. The floor holds. At its end the same to the count.
    # Nineteenth session: blind round 61 moved to dev, 113 held out: facts 662/742 of 834 again at the session's start
    # (557e1e2). Then blind round 62 (8 GitHub-kept documents, seven of 上海, 303 facts) joined, 121 held out: facts F1
    # 0.778 (796/909 of 1137), officials F1 0.925, kind 0.876 with the session's starting code. A new sample, so a new
    # floor. At its end the same to the count.
    # Twentieth session: blind round 62 moved to dev, 113 held out: facts F1 0.840 (662/742 of 834), officials F1 0.927,
    # kind 0.876 at the session's start (f03453c). A new sample, so a new floor. Then blind round 63 (12 stored pages:
    # six documents assigning tasks, four news, two others) joined, 125 held out: facts F1 0.841 (700/787 of 878),
    # officials F1 0.928, kind 0.872 with the session's starting code. The floor holds. At its end the same to the count.
    # Twenty-first session: blind round 63 moved to dev, 113 held out. Then blind round 64 (10 stored pages of 9
    # provinces: six documents assigning tasks, four news) joined, 123 held out: facts F1 0.831 (688/769 of 887),
    # officials F1 0.928, kind 0.870 with the session's starting code (846e72c). A new sample, so a new floor. Then blind
    # round 65 (9 stored pages of 8 provinces: five documents assigning tasks, four news) joined, 132 held out: facts F1
    # 0.831 (711/797 of 914), officials F1 0.929, kind 0.879 with the same code. The floor holds. At its end the same to
    # the count (placement 87 → 90 right of 116 named).
    # Twenty-second session: blind rounds 64 and 65 moved to dev, 113 held out: facts F1 0.840 (662/742 of 834),
    # officials F1 0.927, kind 0.876 at its start (aa47e5d). The floor holds. Then blind round 66 (4 news pages of 4
    # provinces) and blind round 67 (10 corpus policies drawn at random, 9 with charges in brackets or prose) joined,
    # 127 held out: facts F1 0.824 (714/794 of 940), officials F1 0.922, kind 0.843 with the same code. A new sample,
    # so a new floor. At its end the same to the count (714/794, officials 0.922, kind 0.843; placement 85 → 84 right:
    # amb1's stricter settling left one page open).
    assert held["facts"]["f1"] >= 0.82 and held["officials"]["f1"] >= 0.92


def test_kg_beats_the_jieba_baseline_everywhere_it_has_facts(summary):
    for group in ("ALL", "dev (split)", "heldout (split)"):
        assert summary[group]["kg"]["facts"]["f1"] > summary[group]["baseline"]["facts"]["f1"]
