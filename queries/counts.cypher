// How many nodes of each label and relationships of each type the graph holds.
// example: kg query counts
MATCH (n)
WHERE labels(n)[0] <> 'Extraction'
RETURN 'node' AS kind, labels(n)[0] AS name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
