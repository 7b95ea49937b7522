"Class purity of the vocabulary clusters on the cpu_synthetic training classes, with and without masked names: .venv/bin/python data/results/synthetic_gpu/cluster_purity.py"
import torch, tempfile, collections
from lafg.train import *
from lafg.train import _load_split, _descriptions, _text_encoder
from lafg.text import encode_texts_cached
from lafg.vocab import build_vocabulary
from lafg.prototypes import mask_class_names
cfg = TrainConfig.preset("cpu_synthetic", progress=False, out_dir=tempfile.mkdtemp())
ds = _load_split(cfg, "train", train=True)
names = [ds.class_names[c] for c in ds.classes]
enc = _text_encoder(cfg)
for mask in (False, True):
    pc = _descriptions(cfg, ds, names)
    if mask: pc = mask_class_names(pc, ds.domain)
    texts = [t for n in names for t in pc[n]]; owner = [i for i, n in enumerate(names) for _ in pc[n]]
    v = build_vocabulary(encode_texts_cached(enc, texts), 256, seed=0)
    assign = (encode_texts_cached(enc, texts) @ v.centers.T).argmax(1).tolist()
    clusters = collections.defaultdict(list)
    for a, o in zip(assign, owner): clusters[a].append(o)
    pur = sum(collections.Counter(m).most_common(1)[0][1] for m in clusters.values()) / len(texts)
    ncls = sum(len(set(m)) for m in clusters.values()) / len(clusters)
    print(f"mask={mask}: texts {len(texts)}, clusters used {len(clusters)}, class purity {pur:.2f}, classes per cluster {ncls:.2f}; e.g. {texts[1]!r}")
