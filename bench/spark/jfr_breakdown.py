# Where one thread of a JFR recording spends its time: share of its samples (Java and native) by
# category. python3 jfr_breakdown.py rec.jfr "Executor task launch"   (or "main" for glyph predict)
import sys, re, subprocess, collections
f = sys.argv[1]; want = sys.argv[2]
cats = [
 ('forward (PyTorch)', 'ai.djl.'),
 ('decode ImageIO', 'javax.imageio'),
 ('preprocess', 'preprocess('),
 ('parquet write', 'org.apache.parquet'),
 ('binaryFile/hadoop read', 'BinaryFileFormat'),
 ('hadoop other', 'org.apache.hadoop'),
 ('Prediction/rows', 'Prediction'),
 ('shown/UserPaths', 'shown('),
]
tot = collections.Counter(); n = 0; other = collections.Counter()
for ev in ["jdk.ExecutionSample", "jdk.NativeMethodSample"]:
    txt = subprocess.run(["jfr", "print", "--events", ev, "--stack-depth", "120", f], capture_output=True, text=True).stdout
    for s in txt.split(ev + " {")[1:]:
        m = re.search(r'sampledThread = "([^"]*)"', s)
        if not m or want not in m.group(1): continue
        frames = re.findall(r"^\s{2,}(\S.*?)\s+line:", s, re.M)
        if not frames: continue
        n += 1
        joined = "\n".join(frames)
        for name, key in cats:
            if key in joined:
                tot[name] += 1; break
        else:
            tot['other'] += 1; other[frames[0][:100]] += 1
print(want, "samples", n)
for k, c in tot.most_common(): print(f"{100*c/n:5.1f}%  {k}")
print("--- other top frames")
for k, c in other.most_common(15): print(f"{100*c/n:5.1f}%  {k}")
