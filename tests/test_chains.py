"""Shortest chains found in kg (queries/chains.py), against hand-worked cases and networkx."""
from __future__ import annotations

import itertools
import random

import networkx as nx

from queries.chains import MAX_STEPS, Link, Topology


def L(name):
    return ("Leader", name)


def topo(nodes, links):
    """nodes: (label, key, name, aliases); links: (x, type, y, role) with x, y as (label, key)."""
    return Topology(nodes, [Link(x, t, y, r) for x, t, y, r in links])


NODES = [
    ("Leader", "l1", "甲", ["甲某"]),
    ("Leader", "l2", "乙", []),
    ("Task", "t", "任务", []),
    ("Region", "r", "济南市", []),
]
LINKS = [
    (L("l1"), "RESPONSIBLE_FOR", ("Task", "t"), "lead"),
    (L("l2"), "RESPONSIBLE_FOR", ("Task", "t"), "support"),
    (L("l2"), "RESPONSIBLE_FOR", ("Task", "t"), "lead"),        # parallel: a second chain
    (L("l1"), "SERVES_IN", ("Region", "r"), ""),
    (L("l2"), "SERVES_IN", ("Region", "r"), ""),
]


def steps(chain):
    return [(link.type, link.role, forward) for link, forward in chain.steps]


def test_every_shortest_chain_in_order_with_directions():
    t = topo(NODES, LINKS)
    chains = t.chains("甲", "乙", 10)
    # Step by step by the name reached: 任务 < 济南市; at 任务, lead < support.
    assert [[k for _, k in c.nodes] for c in chains] == [["l1", "t", "l2"], ["l1", "t", "l2"], ["l1", "r", "l2"]]
    assert [steps(c) for c in chains] == [
        [("RESPONSIBLE_FOR", "lead", True), ("RESPONSIBLE_FOR", "lead", False)],
        [("RESPONSIBLE_FOR", "lead", True), ("RESPONSIBLE_FOR", "support", False)],
        [("SERVES_IN", "", True), ("SERVES_IN", "", False)],
    ]
    assert t.chains("甲", "乙", 1) == chains[:1]
    assert t.chains("甲", "乙", 0) == []


def test_ends_by_name_alias_or_key_never_the_same_entity():
    t = topo(NODES, LINKS)
    assert len(t.chains("甲某", "l2", 10)) == 3
    assert t.chains("甲", "甲", 10) == []
    assert t.chains("甲", "没有", 10) == [] and t.chains("没有", "甲", 10) == []
    # Two entities with one name: the chains from each.
    two = topo(NODES + [("Leader", "l3", "甲", [])], LINKS + [(L("l3"), "SERVES_IN", ("Region", "r"), "")])
    assert {c.nodes[0][1] for c in two.chains("甲", "乙", 10)} == {"l1", "l3"}
    assert {c.nodes[-1][1] for c in two.chains("济南市", "甲", 10)} == {"l1", "l3"}


def test_no_chain_longer_than_the_limit():
    line = [("Region", str(i), f"地{i}", []) for i in range(MAX_STEPS + 2)]
    links = [(("Region", str(i)), "PART_OF", ("Region", str(i + 1)), "") for i in range(MAX_STEPS + 1)]
    t = topo(line, links)
    assert len(t.chains("地0", f"地{MAX_STEPS}", 10)[0].steps) == MAX_STEPS
    assert t.chains("地0", f"地{MAX_STEPS + 1}", 10) == []
    assert t.chains("地0", "地1", 10)[0].steps[0][1] is True
    assert t.chains("地1", "地0", 10)[0].steps[0][1] is False


def test_only_the_first_chains_are_enumerated():
    # 40 × 40 parallel routes between two hubs: 1600 chains; asking for 5 walks 5.
    nodes = [("Region", "a", "甲", []), ("Region", "b", "乙", [])] + [("Task", f"m{i}", f"中{i:02}", []) for i in range(40)]
    links = [(("Region", "a"), "CONCERNS", ("Task", f"m{i}"), "") for i in range(40)]
    links += [(("Task", f"m{i}"), "PART_OF", ("Region", "b"), r) for i in range(40) for r in ("", "x")]
    t = topo(nodes, links)
    first = t.chains("甲", "乙", 5)
    assert [c.nodes[1][1] for c in first] == ["m0", "m0", "m1", "m1", "m2"]
    assert len(t.chains("甲", "乙", 10_000)) == 80


def _networkx_chains(nodes, links, a, b):
    """Every shortest chain by networkx: node paths of the undirected graph, each expanded
    by the parallel relationships of its steps; none longer than MAX_STEPS."""
    g = nx.MultiGraph()
    g.add_nodes_from((label, key) for label, key, _, _ in nodes)
    for x, t, y, r in links:
        if x != y:
            g.add_edge(x, y, key=(x, t, y, r))
    called = lambda n, text: text in (n[1], *[name for label, key, name, _ in nodes if (label, key) == n])
    out = set()
    for s in [n for n in g if called(n, a)]:
        for e in [n for n in g if called(n, b) and n != s]:
            if not nx.has_path(g, s, e):
                continue
            for p in nx.all_shortest_paths(g, s, e):
                if len(p) - 1 > MAX_STEPS:
                    continue
                options = [sorted(g[u][v]) for u, v in zip(p, p[1:])]
                for rels in itertools.product(*options):
                    out.add((tuple(p), rels))
    return out


def test_random_graphs_agree_with_networkx():
    rng = random.Random(7)
    for _ in range(60):
        n = rng.randint(2, 14)
        nodes = [("Region" if i % 2 else "Task", f"k{i}", f"名{rng.randint(0, n // 2)}", []) for i in range(n)]
        keys = [(label, key) for label, key, _, _ in nodes]
        links = {(rng.choice(keys), rng.choice(["PART_OF", "CONCERNS"]), rng.choice(keys), rng.choice(["", "lead"]))
                 for _ in range(rng.randint(0, 2 * n))}
        t = topo(nodes, sorted(links))
        for a, b in [(f"名{i}", f"名{j}") for i in range(3) for j in range(3)] + [("k0", f"k{n - 1}")]:
            got = {(c.nodes, tuple((l.x, l.type, l.y, l.role) for l, _ in c.steps)) for c in t.chains(a, b, 10_000)}
            assert got == _networkx_chains(nodes, sorted(links), a, b), (nodes, sorted(links), a, b)
            # The order is the one documented, and a smaller limit keeps its head.
            full = t.chains(a, b, 10_000)
            name = {(label, key): nm for label, key, nm, _ in nodes}
            order = lambda c: [(name[c.nodes[0]], c.nodes[0][1], c.nodes[0][0])] + [
                (name[w], w[1], w[0], l.type, not fwd, l.role) for w, (l, fwd) in zip(c.nodes[1:], c.steps)]
            assert full == sorted(full, key=order)
            assert t.chains(a, b, 3) == full[:3]
