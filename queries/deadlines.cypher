// Tasks by deadline as of a given date: overdue, due within the next days, upcoming, and (last) those without a date.
// param: as_of string — the date to judge by, YYYY-MM-DD (kg never assumes today)
// param: region string = '' — only tasks of this region (a name or path ending: 济南市)
// param: days int = 30 — a task is "due" when its deadline is at most this many days after as_of
// param: status string = '' — only tasks of this status: overdue, due, upcoming or no date ('' all)
// param: undated bool = true — also list the tasks without a deadline date (status "no date"), after the others
// example: kg query deadlines --as-of 2021-12-15
// example: kg query deadlines 2022-01-15 --region 青岛市
// example: kg query deadlines 2021-06-30 --param undated=false
// example: kg query deadlines 2021-12-01 --param days=45 --param status=due
// columns: status, deadlineDate, region, seq, deadline, task, responsible
// prepare: deadline_window
// :param as_of => '2021-12-15'
// :param due_by => '2022-01-14'
// :param region => ''
// :param status => ''
// :param undated => true
//
// status, relative to $as_of: "overdue" (deadlineDate before it), "due" (from it to $due_by,
// inclusive), "upcoming" (later), "no date" (no deadline date: 长期坚持 and the like).
// $due_by = $as_of + $days is computed before the body runs (queries/prepare.py,
// deadline_window); in Neo4j Browser set it by hand, as above. deadlineDate is a date (null
// when there is none); the parameters are ISO text, read with date(). deadline is the document's own words (12月底取得阶段性成效), deadlineDate
// the day kg read from them; responsible: who is responsible for the task, with their role.
MATCH (t:Task)-[:PART_OF]->(doc:Document)
WHERE ($region = '' OR t.region ENDS WITH $region) AND ($undated OR t.deadlineDate IS NOT NULL)
WITH t, doc, t.deadlineDate AS day
WITH t, doc, day,
     CASE WHEN day IS NULL THEN 'no date' WHEN day < date($as_of) THEN 'overdue' WHEN day <= date($due_by) THEN 'due'
          ELSE 'upcoming' END AS status
WHERE $status = '' OR status = $status
OPTIONAL MATCH (a)-[r:RESPONSIBLE_FOR]->(t)
WITH status, day, t.key AS key, t.region AS region, t.seq AS seq, t.ordinal AS ordinal, t.deadline AS deadline, t.text AS task,
     doc.title AS document, doc.key AS documentKey, collect(a.name + ' (' + r.role + ')') AS responsible
RETURN status, day AS deadlineDate, region, seq, deadline, task, responsible, document, documentKey, key
ORDER BY CASE WHEN day IS NULL THEN 1 ELSE 0 END, deadlineDate, region, documentKey, ordinal, key
