import gzip, struct, zlib, os, sys
src, dst, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
imgs = gzip.open(os.path.join(src, 't10k-images-idx3-ubyte.gz')).read()
labs = gzip.open(os.path.join(src, 't10k-labels-idx1-ubyte.gz')).read()
_, n, rows, cols = struct.unpack('>IIII', imgs[:16])
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
for i in range(min(n, count)):
    px = imgs[16 + i*rows*cols: 16 + (i+1)*rows*cols]
    raw = b''.join(b'\x00' + px[r*cols:(r+1)*cols] for r in range(rows))
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', cols, rows, 8, 0, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
    d = os.path.join(dst, str(labs[8 + i])); os.makedirs(d, exist_ok=True)
    open(os.path.join(d, '%05d.png' % i), 'wb').write(png)
