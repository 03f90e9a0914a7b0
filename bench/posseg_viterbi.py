"""jieba's part-of-speech tagger for the baselines, with its Viterbi search made fast and kept exact.

jieba.posseg guesses the words it does not know with a hidden Markov model of 256 states
(position in a word x part of speech). Its `viterbi` tries every earlier state for every state at
each character, although a state can follow only about 30 of them: the others add -inf. The baselines
(bench/layouts.py, bench/extraction_quality.py) tag every gold text this way, and that search
was three quarters of the layout bench's time. `viterbi` here tries only the states that can
come before (`_INTO`), with the same arithmetic in the same order and the same tie-breaking
(the largest (score, state) wins: at -inf, where every earlier state ties, the largest state), and
jieba's own fallback when no state of a character can follow: same route, same tags
(tests/test_quality_scoring.py checks it against jieba's own).
"""
from __future__ import annotations

import jieba.posseg as _posseg
from jieba.posseg import char_state_tab_P, emit_P, start_P, trans_P

MIN_FLOAT = -3.14e100
MIN_INF = float("-inf")

# For each state, the states that can precede it, with the transition's log-probability.
_INTO: dict = {}
for _y0, _nexts in trans_P.items():
    for _y, _p in _nexts.items():
        _INTO.setdefault(_y, []).append((_y0, _p))


def viterbi(obs, states, start_p, trans_p, emit_p):
    """jieba.posseg.viterbi.viterbi's (prob, route), for trans_p = jieba.posseg.trans_P."""
    assert trans_p is trans_P
    V = [{}]
    mem_path = [{}]
    all_states = trans_p.keys()
    for y in states.get(obs[0], all_states):
        V[0][y] = start_p[y] + emit_p[y].get(obs[0], MIN_FLOAT)
        mem_path[0][y] = ''
    for t in range(1, len(obs)):
        prev, ch = V[t - 1], obs[t]
        prev_set = {x for x in mem_path[t - 1] if trans_p[x]}   # jieba's prev_states (order aside: max is total)
        now, path = {}, {}
        for y in set(states.get(ch, all_states)):
            best = None
            em = emit_p[y].get(ch, MIN_FLOAT)
            for y0, tp in _INTO.get(y, ()):
                if y0 in prev_set:
                    cand = (prev[y0] + tp + em, y0)
                    if best is None or cand > best:
                        best = cand
            if best is None:            # y follows none of the states before: not among jieba's obs_states
                continue
            if best[0] == MIN_INF:      # every earlier state scores -inf: jieba's max takes the largest state
                best = (MIN_INF, max(prev_set))
            now[y], path[y] = best
        if not now:                     # no state of this character can follow: jieba's fallback
            expect_next = set(y for x in prev_set for y in trans_p[x].keys())
            for y in expect_next if expect_next else all_states:
                em = emit_p[y].get(ch, MIN_FLOAT)
                now[y], path[y] = max((prev[y0] + trans_p[y0].get(y, MIN_INF) + em, y0) for y0 in prev_set)
        V.append(now)
        mem_path.append(path)
    prob, state = max((V[-1][y], y) for y in mem_path[-1].keys())
    route = [None] * len(obs)
    i = len(obs) - 1
    while i >= 0:
        route[i] = state
        state = mem_path[i][state]
        i -= 1
    return (prob, route)


class POSTokenizer(_posseg.POSTokenizer):
    """jieba.posseg.POSTokenizer with the Viterbi search above (its private `__cut`, copied)."""

    def _POSTokenizer__cut(self, sentence):
        prob, pos_list = viterbi(sentence, char_state_tab_P, start_P, trans_P, emit_P)
        begin, nexti = 0, 0
        for i, char in enumerate(sentence):
            pos = pos_list[i][0]
            if pos == 'B':
                begin = i
            elif pos == 'E':
                yield _posseg.pair(sentence[begin:i + 1], pos_list[i][1])
                nexti = i + 1
            elif pos == 'S':
                yield _posseg.pair(char, pos_list[i][1])
                nexti = i + 1
        if nexti < len(sentence):
            yield _posseg.pair(sentence[nexti:], pos_list[nexti][1])
