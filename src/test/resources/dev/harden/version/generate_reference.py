#!/usr/bin/env python3
"""Records reference orderings of generated version pairs from the real tools on this machine.

Usage: generate_reference.py {deb|rpm|pep440|npm} OUT.csv [PAIRS]

Each CSV row is `a,b,cmp` where cmp is -1, 0 or 1 as the tool orders a against b:
  deb     dpkg --compare-versions (Debian's dpkg)
  rpm     rpm.labelCompare from python3-rpm (rpmvercmp on epoch, version, release)
  pep440  packaging.version.Version (the PyPA reference implementation)
  npm     node-semver's compareLoose (npm's own library; installed into a temp dir)
Pairs are half random, half a version and a small mutation of it, so that near-equal versions
(the ones that decide whether a fix applies) are well represented. The seed is fixed, so a rerun
with the same tool versions writes the same file.
"""
import csv, os, random, subprocess, sys, tempfile, json

RNG = random.Random(440)


def pick(*xs):
    return RNG.choice(xs)


def num():
    return str(pick(0, 0, 1, 1, 2, 3, 5, 9, 10, 12, 20, 99, 100, 2023, RNG.randint(0, 40)))


def deb_version():
    up = ".".join(num() for _ in range(RNG.randint(1, 4)))
    if RNG.random() < 0.2:
        up += pick("a", "b", "rc1", "~rc1", "~beta2", "~~", "~", "+dfsg", "+git20230101", "+ds1", "p1", ".0")
    if RNG.random() < 0.1:
        up = pick("", "0") + up
    rev = ""
    if RNG.random() < 0.8:
        rev = "-" + pick("1", "2", "0", "1ubuntu1", "1+deb12u3", "0.1", "1~bpo11+1", "3+b1", "1.1", "10",
                         "1~deb12u2", "2build1", num())
    ep = f"{RNG.randint(0, 3)}:" if RNG.random() < 0.2 else ""
    return ep + up + rev


def rpm_version():
    v = ".".join(num() for _ in range(RNG.randint(1, 4)))
    if RNG.random() < 0.25:
        v += pick("a", "~rc1", "~beta", "^20200101git", "^", "_1", ".b", "rc1", "~")
    r = pick("1", "2", "1.el8", "3.fc38", "1.el8_4.1", "0.1.rc1", "10.el9", "1.module+el8.5.0", num())
    ep = f"{RNG.randint(0, 2)}:" if RNG.random() < 0.2 else ""
    return ep + v + "-" + r


def pep440_version():
    v = ".".join(num() for _ in range(RNG.randint(1, 4)))
    if RNG.random() < 0.1:
        v = f"{RNG.randint(1, 2)}!" + v
    if RNG.random() < 0.3:
        v += pick("a", "b", "rc", "alpha", "beta", "c", "pre", "-rc.", ".a") + str(RNG.randint(0, 3))
    if RNG.random() < 0.2:
        v += pick(".post", "post", "-", ".rev", ".r") + str(RNG.randint(0, 3))
    if RNG.random() < 0.2:
        v += pick(".dev", "dev", "-dev") + str(RNG.randint(0, 3))
    if RNG.random() < 0.1:
        v += "+" + pick("local", "ubuntu.1", "1", "abc.5", "2.a")
    return v


def npm_version():
    v = ".".join(num() for _ in range(3))
    if RNG.random() < 0.35:
        ids = [pick("alpha", "beta", "rc", "0", "1", "10", "2", "x-y", "pre") for _ in range(RNG.randint(1, 3))]
        v += "-" + ".".join(ids)
    if RNG.random() < 0.1:
        v += "+" + pick("build.1", "sha.5114f85", "001")
    if RNG.random() < 0.05:
        v = pick("v", "=", " ") + v
    return v


def mutate(v):
    """A small change to v: a digit bumped, a char added or dropped, a suffix appended."""
    r = RNG.random()
    chars = list(v)
    if r < 0.1:
        # another spelling that the schemes may or may not treat as equal
        return pick("0:" + v if ":" not in v else v.replace(":", ":0", 1), v.replace(".", ".0", 1), v + ".0")
    if r < 0.4:
        idx = [i for i, c in enumerate(chars) if c.isdigit()]
        if idx:
            i = RNG.choice(idx)
            chars[i] = str((int(chars[i]) + RNG.choice((1, 9))) % 10)
        return "".join(chars)
    if r < 0.6:
        return v + pick("0", ".0", "a", "~1", "-1", "1")
    if r < 0.8 and len(v) > 1:
        return v[:-1]
    return v


GEN = {"deb": deb_version, "rpm": rpm_version, "pep440": pep440_version, "npm": npm_version}


def pairs(kind, n, valid):
    out = []
    while len(out) < n:
        a = GEN[kind]()
        b = GEN[kind]() if len(out) % 2 == 0 else mutate(a)
        if a != b and valid(a) and valid(b):
            out.append((a, b))
    return out


def dpkg_cmp(a, b):
    def ok(op):
        return subprocess.run(["dpkg", "--compare-versions", a, op, b], stderr=subprocess.DEVNULL).returncode == 0
    return -1 if ok("lt") else (0 if ok("eq") else 1)


def deb_valid(v):
    return subprocess.run(["dpkg", "--validate-version", v], stderr=subprocess.DEVNULL).returncode == 0 \
        and v[v.find(":") + 1:][:1].isdigit()


def rpm_rows(n):
    import rpm

    def evr(s):
        e, _, rest = s.rpartition(":")
        v, _, r = rest.rpartition("-")
        return (e or "0", v, r)

    def valid(v):
        rest = v.rpartition(":")[2]
        return rest.count("-") == 1 and not rest.startswith("-") and not rest.endswith("-")

    return [(a, b, rpm.labelCompare(evr(a), evr(b))) for a, b in pairs("rpm", n, valid)]


def pep440_rows(n):
    from packaging.version import Version, InvalidVersion

    def valid(v):
        try:
            Version(v)
            return True
        except InvalidVersion:
            return False

    rows = []
    for a, b in pairs("pep440", n, valid):
        x, y = Version(a), Version(b)
        rows.append((a, b, -1 if x < y else (0 if x == y else 1)))
    return rows


def npm_rows(n):
    work = tempfile.mkdtemp()
    subprocess.run(["npm", "install", "--silent", "--prefix", work, "semver@7"], check=True)
    ps = pairs("npm", n, lambda v: True)
    script = ("const s=require('semver');const ps=JSON.parse(require('fs').readFileSync(0,'utf8'));"
              "console.log(JSON.stringify(ps.map(([a,b])=>s.valid(a,true)&&s.valid(b,true)?s.compareLoose(a,b):null)))")
    res = subprocess.run(["node", "-e", script], input=json.dumps(ps), capture_output=True, text=True, check=True,
                         env={**os.environ, "NODE_PATH": os.path.join(work, "node_modules")})
    return [(a, b, c) for (a, b), c in zip(ps, json.loads(res.stdout)) if c is not None]


def main():
    kind, out = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 2000
    if kind == "deb":
        rows = [(a, b, dpkg_cmp(a, b)) for a, b in pairs("deb", n, deb_valid)]
    else:
        rows = {"rpm": rpm_rows, "pep440": pep440_rows, "npm": npm_rows}[kind](n)
    with open(out, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["a", "b", "cmp"])
        w.writerows(rows)


if __name__ == "__main__":
    main()
