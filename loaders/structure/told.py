"""The words by which a document tells a body what it must do, as regular-expression parts shared by the prose readers
(prose_collectives, rule_collectives, role_subjects, sector_duties):
    MUST    要, as in 各地要…; not the 要 of 主要, 重要, 需要, 必要, 只要, 紧要, 摘要, 纪要, 提要, 概要, 简要, nor 要求, 要点, 要素, 要件
    SHOULD  应, as in 各单位应…; not 应急, 应用, 应对, 应届, 应邀, 应收, 应纳, 应付, 应力, 应变
(`duties` keeps its own, wider forms: a 应 after 相, 响, 适, 供… and 想要 are no duty there either.)
"""
MUST = r"(?<![主重需必只紧摘纪提概简])要(?![求点素件])"
SHOULD = r"应(?![急用对届邀收纳付力变])"
