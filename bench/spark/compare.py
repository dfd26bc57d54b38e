import json, csv, glob, sys, os
pred = json.load(open(sys.argv[1]))
rows = {}
for f in glob.glob(os.path.join(sys.argv[2], '*.csv')):
    for r in csv.DictReader(open(f)):
        p = r['path'][len('file:'):] if r['path'].startswith('file:') else r['path']
        assert p not in rows, p
        rows[os.path.realpath(p)] = r
entries = pred['predictions']
worst = 0.0; mismatched = 0; missing = 0
for e in entries:
    r = rows.get(os.path.realpath(e['file']))
    if r is None: missing += 1; continue
    top = e['top']
    for k, t in enumerate(top, 1):
        if r['class_%d' % k] != t['class']: mismatched += 1
        worst = max(worst, abs(float(r['probability_%d' % k]) - t['probability']))
print("glyph predict rows %d, spark rows %d, missing %d, class mismatches %d, largest probability difference %.3g" % (len(entries), len(rows), missing, mismatched, worst))
