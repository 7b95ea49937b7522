"Class purity of the vocabulary clusters on the cpu_synthetic training classes, with and without masked names: .venv/bin/python data/results/synthetic_gpu/cluster_purity.py"
import tempfile
from lafg.train import TrainConfig, _load_split, _descriptions, _text_encoder
from lafg.text import encode_texts_cached
from lafg.vocab import build_vocabulary, class_usage
from lafg.prototypes import mask_class_names

cfg = TrainConfig.preset("cpu_synthetic", progress=False, out_dir=tempfile.mkdtemp())
ds = _load_split(cfg, "train", train=True)
names = [ds.class_names[c] for c in ds.classes]
named = _descriptions(cfg, ds, names)
for mask, per_class in ((False, named), (True, mask_class_names(named, ds.domain))):
    texts = [t for n in names for t in per_class[n]]
    owner = [i for i, n in enumerate(names) for _ in per_class[n]]
    vocab = build_vocabulary(encode_texts_cached(_text_encoder(cfg), texts), cfg.vocab_size, seed=cfg.seed, desc_class=owner)
    usage = class_usage(vocab, len(names))            # (classes, vocab_size) description counts
    used = usage.sum(0) > 0
    purity = usage.max(0).values.sum().item() / len(texts)
    classes_per_cluster = (usage[:, used] > 0).sum(0).float().mean().item()
    print(f"mask={mask}: texts {len(texts)}, clusters used {int(used.sum())}, class purity {purity:.2f}, "
          f"classes per cluster {classes_per_cluster:.2f}; e.g. {texts[1]!r}")
