"""Check the provincial initiative sample (initiatives_provinces.json) without kg.

Every alias and negative phrase must occur verbatim in its excerpt's text, every excerpt with a
file must equal file_text[start:end] (the file read as text, as Python reads it, with its `encoding`
field, UTF-8 when absent, e.g. gb18030 for the 海拉尔区 reports), no negative
may also be an alias, and blind entries must be held out and say so in their note.
Run: python3 tests/gold/check_initiatives_provinces.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.environ.get('KG_CORPUS', '/work/shared/corpus')


def main():
    entries = json.load(open(os.path.join(HERE, 'initiatives_provinces.json'), encoding='utf-8'))
    errors = []
    ids = [e['id'] for e in entries]
    if len(ids) != len(set(ids)):
        errors.append('duplicate ids')
    for e in entries:
        text = e['text']
        if e['file']:
            path = os.path.join(CORPUS, e['file'])
            if not os.path.exists(path):
                errors.append('%s: file %s not found' % (e['id'], path))
            else:
                ft = open(path, encoding=e.get('encoding', 'utf-8')).read()
                if ft[e['start']:e['end']] != text:
                    errors.append('%s: text != file[%d:%d]' % (e['id'], e['start'], e['end']))
        elif (e['start'], e['end']) != (0, len(text)):
            errors.append('%s: no file, so start/end should be 0/len(text)' % e['id'])
        aliases = set()
        for i in e['initiatives']:
            if i['type'] not in ('Project', 'Strategy'):
                errors.append('%s: %s: bad type %s' % (e['id'], i['canonical'], i['type']))
            if not i['aliases']:
                errors.append('%s: %s: no alias' % (e['id'], i['canonical']))
            for a in i['aliases']:
                aliases.add(a)
                if a not in text:
                    errors.append('%s: alias %r not in text' % (e['id'], a))
        for n in e['negatives']:
            if n not in text:
                errors.append('%s: negative %r not in text' % (e['id'], n))
            if n in aliases:
                errors.append('%s: negative %r is also an alias' % (e['id'], n))
        if e.get('blind'):
            if e['split'] != 'heldout':
                errors.append('%s: blind entry not heldout' % e['id'])
            if not e.get('note', '').startswith('blind round %d' % e['blind']):
                errors.append('%s: note must start with "blind round %d"' % (e['id'], e['blind']))
    for err in errors:
        print(err)
    blind = [e for e in entries if e.get('blind')]
    print('%d excerpts (%d blind), %d initiatives, %d negatives: %s' % (
        len(entries), len(blind), sum(len(e['initiatives']) for e in entries),
        sum(len(e['negatives']) for e in entries), 'FAIL' if errors else 'ok'))
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
