"""The Python half of src/bench/run.sh (standard library only): data files, latency percentiles, profile summaries and
the results table. run.sh calls it as `python3 src/bench/bench.py COMMAND ARGS...`; see each command's docstring."""

import glob
import json
import os
import platform
import random
import re
import subprocess
import sys
from collections import Counter
from datetime import datetime, timezone

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lò Đinh Tòng Giàng".split()
MIDDLE = "Văn Văn Đức Hữu Minh Quốc Thị Thị Thị Ngọc Thu Thanh Xuân".split()
GIVEN = ("An Anh Ánh Bình Chiến Cường Dung Dũng Duyên Đức Giang Hà Hạnh Hiền Hiếu Hoa Hùng Huyền Khánh Lan Linh Long "
         "Mai Nam Nga Ngọc Nhung Phương Quang Quỳnh Sơn Tâm Thảo Thủy Trang Trung Tuấn Uyên Việt Yến").split()
POSITIONS = ["Chuyên viên", "Giảng viên", "Giảng viên chính", "Phó Trưởng khoa", "Trưởng phòng", "Kế toán viên",
             "Văn thư", "Bác sĩ", "Điều dưỡng", "Giáo viên"]


def person_code(i):
    return "BENCH-P-%06d" % i


def agency_code(i):
    return "BENCH-CQ-%03d" % i


def people_csv(path, people, agencies):
    """people_csv OUT PEOPLE AGENCIES: the province's staff, spread evenly over the agencies, as a unit would export
    them from a spreadsheet (BOM, semicolons, Vietnamese names)."""
    people, agencies = int(people), int(agencies)
    rnd = random.Random(20220216)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\ufeffcode;fullName;gender;dateOfBirth;position;unitCode;email\n")
        for i in range(1, people + 1):
            middle = rnd.choice(MIDDLE)
            name = "%s %s %s" % (rnd.choice(FAMILY), middle, rnd.choice(GIVEN))
            dob = "%04d-%02d-%02d" % (1962 + rnd.randrange(40), 1 + rnd.randrange(12), 1 + rnd.randrange(28))
            out.write("%s;%s;%s;%s;%s;%s;cb%06d@bench.thidua.local\n" % (
                person_code(i), name, "FEMALE" if middle == "Thị" else "MALE", dob, rnd.choice(POSITIONS),
                agency_code(1 + (i - 1) % agencies), i))


def pledges_csv(path, people, phase):
    """pledges_csv OUT PEOPLE PHASE: one pledge per person for the phase with that number ("" = the whole plan),
    with the Vietnamese headers and commitments under both sub-movements of the benchmark plans."""
    people = int(people)
    with open(path, "w", encoding="utf-8", newline="") as out:
        out.write("\ufeffMã cán bộ;Danh hiệu;Đợt;Cam kết:GD5T;Cam kết:DVCS\n")
        for i in range(1, people + 1):
            titles = "ADVANCED_WORKER|GRASSROOTS_EMULATION_FIGHTER" if i % 3 == 0 else "ADVANCED_WORKER"
            dvcs = "Tham gia đầy đủ các hoạt động của công đoàn, đoàn thanh niên" if i % 4 == 0 else ""
            out.write("%s;%s;%s;Giảng dạy đủ 270 tiết chuẩn, không có giờ giảng bị đánh giá không đạt;%s\n"
                      % (person_code(i), titles, phase, dvcs))


def percentile(sorted_values, p):
    if not sorted_values:
        return 0
    k = min(len(sorted_values) - 1, max(0, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def pgbench_latency(prefix):
    """pgbench_latency LOG_PREFIX: p50, p90 and p99 in microseconds over every transaction of pgbench's --log files
    (third field: the transaction's latency in microseconds); the files are removed afterwards."""
    latencies = []
    for name in glob.glob(prefix + ".*"):
        with open(name) as log:
            for line in log:
                fields = line.split()
                if len(fields) >= 3:
                    latencies.append(int(fields[2]))
        os.remove(name)
    latencies.sort()
    print("p50_us=%d p90_us=%d p99_us=%d max_us=%d transactions=%d" % (
        percentile(latencies, 50), percentile(latencies, 90), percentile(latencies, 99),
        latencies[-1] if latencies else 0, len(latencies)))


def capture_sql(log_dir, out_dir, pages):
    """capture_sql LOG_DIR OUT_DIR PAGES: from PostgreSQL's csvlog of one page request (log_statement = all), the count
    and page statements with their parameters bound: count.sql and page.sql (as sent) to check against the API's
    answer, and pgbench-page.sql running both for a random page. Prints how many statements the request sent."""
    import csv
    csv.field_size_limit(1 << 30)
    executed = []
    for name in sorted(glob.glob(os.path.join(log_dir, "*.csv"))):
        with open(name, encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                message, detail = row[13], row[14]
                match = re.match(r"(?:execute [^:]+|statement): (.*)", message, re.S)
                if match and "pg_reload_conf" not in match.group(1) and "ALTER SYSTEM" not in match.group(1):
                    executed.append((match.group(1), detail))

    def bound(sql, detail, replace=None):
        values = dict(re.findall(r"\$(\d+) = ('(?:[^']|'')*'|NULL)", detail or ""))
        replace = replace or {}
        return re.sub(r"\$(\d+)\b", lambda m: replace.get(m.group(1), values.get(m.group(1), m.group(0))), sql)

    count = next(((q, d) for q, d in executed if re.match(r"select count\(", q, re.I) and "from pledge" in q), None)
    page = next(((q, d) for q, d in executed if "from pledge" in q and re.search(r"\boffset\b", q, re.I)), None)
    if not count or not page:
        sys.exit("no count or page statement among: %s" % [q[:80] for q, _ in executed])
    offset = re.search(r"offset \$(\d+)", page[0], re.I).group(1)
    with open(os.path.join(out_dir, "count.sql"), "w") as f:
        f.write(bound(*count) + "\n")
    with open(os.path.join(out_dir, "page.sql"), "w") as f:
        f.write(bound(*page) + "\n")
    # pgbench binds its variables as parameters (with -M prepared), as the JDBC driver binds the service's
    variables = {}

    def as_variables(sql, detail, prefix):
        names = {}
        for number, value in re.findall(r"\$(\d+) = ('(?:[^']|'')*')", detail or ""):
            names[number] = ":%s%s" % (prefix, number)
            variables["%s%s" % (prefix, number)] = value[1:-1].replace("''", "'")
        return names

    count_vars = as_variables(*count, "c")
    page_vars = as_variables(*page, "p")
    page_vars[offset] = ":offset"
    with open(os.path.join(out_dir, "pgbench-page.sql"), "w") as f:
        f.write("\\set page random(0, %d)\n\\set offset :page * 50\n" % (int(pages) - 1))
        f.write(bound(*count, replace=count_vars) + ";\n")
        f.write(bound(*page, replace=page_vars) + ";\n")
    with open(os.path.join(out_dir, "pgbench-page.args"), "w") as f:
        f.write("".join("-D%s=%s\n" % item for item in sorted(variables.items()) if item[0] != "p" + offset))
    print(len([q for q, _ in executed if q.strip().upper() not in ("BEGIN", "COMMIT")]))


AREAS = [
    ("vn.thidua.", "application code (vn.thidua)"),
    ("org.postgresql.", "JDBC driver (pgjdbc)"),
    ("org.hibernate.", "Hibernate ORM"),
    ("io.agroal.", "connection pool (Agroal)"),
    ("com.arjuna.", "transactions (Narayana)"),
    ("io.quarkus.narayana", "transactions (Narayana)"),
    ("com.fasterxml.jackson.", "JSON (Jackson)"),
    ("org.jose4j.", "JWT verification (jose4j)"),
    ("io.smallrye.jwt.", "JWT verification (SmallRye JWT)"),
    ("sun.security.", "crypto (JDK)"),
    ("java.security.", "crypto (JDK)"),
    ("javax.crypto.", "crypto (JDK)"),
    ("com.sun.crypto.", "crypto (JDK)"),
    ("java.math.BigInteger", "crypto (JDK)"),
    ("io.netty.", "HTTP (Netty/Vert.x)"),
    ("io.vertx.", "HTTP (Netty/Vert.x)"),
    ("org.jboss.resteasy.", "REST (RESTEasy Reactive)"),
    ("io.quarkus.resteasy", "REST (RESTEasy Reactive)"),
    ("io.quarkus.security", "security (Quarkus)"),
    ("io.quarkus.arc.", "CDI (ArC)"),
    ("io.smallrye.context", "context propagation"),
    ("org.hibernate.validator", "bean validation"),
    ("io.micrometer.", "metrics (Micrometer)"),
    ("org.jboss.logmanager", "logging"),
    ("java.util.regex.", "regular expressions (JDK)"),
    ("java.", "JDK (other)"),
    ("jdk.", "JDK (other)"),
    ("sun.", "JDK (other)"),
]


def area_of(frame):
    for prefix, area in AREAS:
        if frame.startswith(prefix):
            return area
    return frame.split("(")[0].rsplit(".", 2)[0] if "." in frame else frame


def jfr_summary(recording, title):
    """jfr_summary RECORDING TITLE: where the service's CPU went, from the JFR execution samples: by the code area of
    the topmost frame (self time) and by the application method the sample is in (inclusive), as markdown."""
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "96", recording],
                          capture_output=True, text=True, check=True).stdout
    self_area, app_method, self_method, samples = Counter(), Counter(), Counter(), 0
    for block in text.split("jdk.ExecutionSample")[1:]:
        frames = [line.strip() for line in block.split("stackTrace = [", 1)[-1].split("]", 1)[0].splitlines()]
        frames = [re.sub(r"\s+line:.*$", "", f) for f in frames if f and f != "..."]
        if not frames:
            continue
        samples += 1
        self_area[area_of(frames[0])] += 1
        # the innermost application method, but not the generated subclasses and proxies around the real one
        app = next((f for f in frames if f.startswith("vn.thidua.") and "_Subclass" not in f
                    and "_ClientProxy" not in f and "$$" not in f), None)
        app_method[app.split("(")[0] if app else "(no application frame: HTTP, security, JIT...)"] += 1
        self_method[frames[0].split("(")[0]] += 1
    lines = ["**%s**: %d CPU samples of the service's JVM." % (title, samples), "",
             "| where the CPU was (top frame) | share |", "|---|---|"]
    for area, n in self_area.most_common(8):
        lines.append("| %s | %.0f%% |" % (area, 100.0 * n / max(1, samples)))
    lines += ["", "| inside application method (innermost) | share |", "|---|---|"]
    for method, n in app_method.most_common(6):
        lines.append("| `%s` | %.0f%% |" % (method, 100.0 * n / max(1, samples)))
    lines += ["", "| hottest methods (top frame) | share |", "|---|---|"]
    for method, n in self_method.most_common(6):
        lines.append("| `%s` | %.0f%% |" % (method, 100.0 * n / max(1, samples)))
    print("\n".join(lines))


def read_figures(path):
    figures = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if "=" in line:
                key, value = line.rstrip("\n").split("=", 1)
                figures[key] = value
    return figures


def num(figures, key, default=None):
    value = figures.get(key)
    if value is None or value == "":
        return default
    return float(value)


def machine():
    cpu = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next(line.split(":", 1)[1].strip() for line in f if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    with open("/proc/meminfo") as f:
        mem_kb = int(next(line.split()[1] for line in f if line.startswith("MemTotal")))
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()
    return "%d × %s, %.1f GiB RAM, %s, %s" % (os.cpu_count(), cpu, mem_kb / 1024 / 1024, platform.platform(),
                                            java[1].strip() if len(java) > 1 else java[0].strip())


def fmt(value, digits=0):
    if value is None:
        return "—"
    return ("{:,.%df}" % digits).format(value)


def report(figures_path, results_path, readme_path=""):
    """report FIGURES RESULTS_MD [README]: the results table from run.sh's figures (key=value lines), with the
    profiles beside it; with README, also replaces its part between the bench markers by the summary table."""
    f = read_figures(figures_path)
    clients = f["clients"].split()
    rows = []  # measure, figure, target, ratio, met

    def row(measure, figure, target="", ratio="", met=""):
        rows.append((measure, figure, target, ratio, met))

    peak = max(num(f, "a.wrk.c%s.rps" % c, 0) for c in clients)
    peak_pg = max(num(f, "a.pgbench.c%s.tps" % c, 0) for c in clients)
    for c in clients:
        rps, tps = num(f, "a.wrk.c%s.rps" % c), num(f, "a.pgbench.c%s.tps" % c)
        ratio = rps / tps if rps and tps else None
        row("(a) page of 50 pledges, %s connection%s: service" % (c, "" if c == "1" else "s"),
            "%s req/s, p50 %s ms, p99 %s ms%s" % (fmt(rps), fmt(num(f, "a.wrk.c%s.p50_ms" % c), 1),
                                                 fmt(num(f, "a.wrk.c%s.p99_ms" % c), 1),
                                                 "" if num(f, "a.wrk.c%s.failed" % c, 0) == 0
                                                 else ", %s failed" % fmt(num(f, "a.wrk.c%s.failed" % c))),
            "≥ 50% of pgbench", "%.0f%%" % (100 * ratio) if ratio else "—",
            ("yes" if ratio >= 0.5 else "**no**") if ratio else "—")
        row("(a) same SQL by pgbench, %s client%s" % (c, "" if c == "1" else "s"),
            "%s tx/s, p50 %s ms, p99 %s ms" % (fmt(tps), fmt(num(f, "a.pgbench.c%s.p50_ms" % c), 1),
                                              fmt(num(f, "a.pgbench.c%s.p99_ms" % c), 1)))
    best = peak / peak_pg if peak and peak_pg else None
    row("(a) peak vs peak", "%s req/s vs %s tx/s" % (fmt(peak), fmt(peak_pg)), "≥ 50%",
        "%.0f%%" % (100 * best) if best else "—", ("yes" if best >= 0.5 else "**no**") if best else "—")
    p99_half = num(f, "a.half.p99_ms")
    row("(a) at half of peak (%s connections, paced)" % f.get("a.half.connections", "?"),
        "%s req/s (%s%% of peak), p50 %s ms, p99 %s ms" % (
            fmt(num(f, "a.half.rps")), fmt(100 * num(f, "a.half.rps", 0) / peak if peak else None),
            fmt(num(f, "a.half.p50_ms"), 1), fmt(p99_half, 1)),
        "p99 ≤ 25 ms", "%.2f×" % (p99_half / 25) if p99_half else "—",
        ("yes" if p99_half <= 25 else "**no**") if p99_half else "—")
    creates = num(f, "b.create.rate")
    row("(b) pledge creations (drafts), %s connections" % f.get("b.connections", "?"),
        "%s/s (%s created, %s failed)" % (fmt(creates), fmt(num(f, "b.create.ok")), fmt(num(f, "b.create.failed"))))
    submits = num(f, "b.submit.rate")
    row("(b) pledge submissions, %s connections" % f.get("b.connections", "?"),
        "%s/s (%s submitted, %s failed; p50 %s ms, p99 %s ms)" % (
            fmt(submits), fmt(num(f, "b.submit.ok")), fmt(num(f, "b.submit.failed")),
            fmt(num(f, "b.submit.p50_ms"), 1), fmt(num(f, "b.submit.p99_ms"), 1)),
        "≥ 1,000/s", "%.2f×" % (submits / 1000) if submits else "—",
        ("yes" if submits >= 1000 else "**no**") if submits else "—")
    row("(b) checked in the database",
        "%s submitted pledges (%s answered 200 before wrk stopped), %s with their audit row, %s with their outbox "
        "event" % (fmt(num(f, "b.verify.submitted")), fmt(num(f, "b.submit.ok")), fmt(num(f, "b.verify.audited")),
                   fmt(num(f, "b.verify.evented"))),
        "all", "", "yes" if f.get("b.verify.ok") == "true" else "**no**")
    imp, copy = num(f, "c.import.seconds"), num(f, "c.copy.seconds")
    row("(c) CSV import of %s pledge rows (%s requests of ≤ 50,000 rows, %s MB)" % (
        fmt(num(f, "c.rows")), f.get("c.requests", "?"), fmt(num(f, "c.megabytes"), 1)),
        "%s s (%s rows/s)" % (fmt(imp, 2), fmt(num(f, "c.rows", 0) / imp if imp else None)),
        "≤ 3× COPY", "%.1f×" % (imp / copy) if imp and copy else "—",
        ("yes" if imp <= 3 * copy else "**no**") if imp and copy else "—")
    row("(c) COPY of the same pledge rows (table like pledge, all its indexes)", "%s s" % fmt(copy, 2))
    row("(c) COPY of the pledges with their audit and outbox rows", "%s s" % fmt(num(f, "c.copy_all.seconds"), 2),
        "", "%.1f×" % (imp / num(f, "c.copy_all.seconds")) if imp and num(f, "c.copy_all.seconds") else "")
    restart = num(f, "d.restart.ready_s")
    row("(d) start to ready, first start (unpack PostgreSQL, initdb, migrations)", "%s s" % fmt(
        num(f, "d.first.ready_s"), 2))
    row("(d) start to ready, restart on the loaded database", "%s s" % fmt(restart, 2), "≤ 3 s",
        "%.2f×" % (restart / 3) if restart else "—", ("yes" if restart <= 3 else "**no**") if restart else "—")
    idle = num(f, "d.restart.rss_idle_mb")
    row("(d) resident memory idle, service JVM (after restart)", "%s MB" % fmt(idle), "≤ 300 MB",
        "%.2f×" % (idle / 300) if idle else "—", ("yes" if idle <= 300 else "**no**") if idle else "—")
    row("(d) resident memory idle, embedded PostgreSQL (all processes, PSS)", "%s MB" % fmt(
        num(f, "d.restart.pg_pss_idle_mb")))
    row("(d) resident memory under load (a), service JVM, max", "%s MB" % fmt(num(f, "d.load.rss_max_mb")))
    row("(d) resident memory under load (a), embedded PostgreSQL, max PSS", "%s MB" % fmt(
        num(f, "d.load.pg_pss_max_mb")))

    table = ["| measure | figure | target | ratio | met? |", "|---|---|---|---|---|"]
    table += ["| %s |" % " | ".join(r) for r in rows]
    scale = f.get("scale", "1")
    busy = f.get("busy_note", "")
    header = [
        "# Benchmark results",
        "",
        "Written by `src/bench/run.sh` on %s (UTC); scale %s, %s s per load step." % (f["date"], scale, f["duration"]),
        "",
        "Machine: %s. Service JVM options: `%s`." % (machine(), f.get("java_opts", "")),
        "",
    ]
    if busy:
        header += ["**%s**" % busy, ""]
    header += [
        "Data: %s agencies, %s people (through `/people:import`), plan A with %s pledges (through `pledges:import`), "
        "plan B for the import comparison. (a) reads `GET /plans/{A}/pledges?page=N&size=50` (random N) with a "
        "board token of the province; pgbench runs the count and page statements that the request sends, as "
        "PostgreSQL logged them (log_statement = all) with their parameters, for the same random pages. One request "
        "sends %s statements in all (BEGIN and COMMIT not counted)." % (
            fmt(num(f, "agencies")), fmt(num(f, "people")), fmt(num(f, "a.pledges")),
            f.get("a.statements_per_request", "?")),
        "",
    ]
    body = ["## Figures", ""] + table + [""]
    cpu = [k for k in f if k.startswith("cpu.")]
    if cpu:
        body += ["## CPU time by process during each step", "",
                 "| step | service JVM | PostgreSQL | load generator (wrk/pgbench) | wall |", "|---|---|---|---|---|"]
        for step in sorted({k.split(".")[1] for k in cpu}, key=lambda s: list(f).index("cpu.%s.java_s" % s)):
            body.append("| %s | %s s | %s s | %s s | %s s |" % (
                step, fmt(num(f, "cpu.%s.java_s" % step), 1), fmt(num(f, "cpu.%s.pg_s" % step), 1),
                fmt(num(f, "cpu.%s.load_s" % step), 1), fmt(num(f, "cpu.%s.wall_s" % step), 1)))
        body += ["", "On 2 cores, a step whose CPU seconds add up to about twice its wall time is bound by the CPU "
                     "of the machine; the split says whose CPU it is.", ""]
    profile_dir = os.path.dirname(figures_path)
    sections = []
    for name, title in (("a", "(a) page reads at %s connections" % f.get("a.profiled_clients", "?")),
                        ("b", "(b) submissions"), ("c", "(c) CSV import")):
        jfr = os.path.join(profile_dir, "profile-%s.md" % name)
        sql = os.path.join(profile_dir, "statements-%s.md" % name)
        parts = [open(p, encoding="utf-8").read().strip() for p in (jfr, sql) if os.path.exists(p)]
        if parts:
            sections += ["### %s" % title, ""] + sum(([p, ""] for p in parts), [])
    if sections:
        body += ["## Profiles", "", "JFR execution samples of the service during the step (`jcmd JFR.start`), and "
                 "the statements PostgreSQL spent most time on (pg_stat_statements, reset before the step).", ""]
        body += sections
    notes = os.path.join(profile_dir, "notes.md")
    if os.path.exists(notes):
        body += [open(notes, encoding="utf-8").read().strip(), ""]
    with open(results_path, "w", encoding="utf-8") as out:
        out.write("\n".join(header + body).rstrip() + "\n")
    if readme_path:
        with open(readme_path, encoding="utf-8") as r:
            readme = r.read()
        begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
        if begin in readme and end in readme:
            summary = [begin, "Latest figures (%s, scale %s, %s):" % (f["date"][:10], scale, machine()), ""]
            if busy:
                summary += ["%s" % busy, ""]
            summary += table + ["", "Details, profiles and the bottleneck of each missed target: "
                                    "[src/bench/results.md](src/bench/results.md).", end]
            readme = readme[:readme.index(begin)] + "\n".join(summary) + readme[readme.index(end) + len(end):]
            with open(readme_path, "w", encoding="utf-8") as w:
                w.write(readme)


def eligibility_report(figures_path, results_path, copy_path="", readme_path=""):
    """eligibility-report FIGURES RESULTS_MD [COPY_MD] [README]: the table of src/bench/eligibility.sh; with README,
    also replaces its part between the eligibility markers."""
    f = read_figures(figures_path)
    warm = num(f, "e.warm_median_s")
    rows = [
        ("batch eligibility of the province, first call (cold JVM)", "%s s" % fmt(num(f, "e.cold_s"), 2), "", ""),
        ("batch eligibility of the province, warm (median of %s calls)" % f.get("e.runs", "?"),
         "%s s (best %s s)" % (fmt(warm, 2), fmt(num(f, "e.warm_best_s"), 2)), "a few seconds",
         ("yes" if warm <= 5 else "**no**") if warm else "—"),
        ("service resident memory after the calls", "%s MB" % fmt(num(f, "e.rss_mb")), "", ""),
    ]
    table = ["| measure | figure | target | met? |", "|---|---|---|---|"]
    table += ["| %s |" % " | ".join(r) for r in rows]
    counts = ["| title | outcomes |", "|---|---|"]
    counts += ["| %s | %s |" % (k[len("e.count."):], v) for k, v in sorted(f.items()) if k.startswith("e.count.")]
    data = ("%s people and %s units (a province, 200 agencies), five years %s–%s of history, one pledge and one "
            "evaluation each: %s rows read" % (fmt(num(f, "e.people")), fmt(num(f, "e.units")),
                                             int(num(f, "e.year", 0)) - 4, f.get("e.year", "?"), fmt(num(f, "e.rows"))))
    text = ["# Eligibility benchmark", "",
            "Written by `src/bench/eligibility.sh` on %s (UTC). Machine: %s." % (f.get("date", "?"), machine()), "",
            "Data: " + data + ". One call judges every person and unit against every title of the rule set in force "
            "(`GET /plans/{id}/eligibility?unit=<province>&size=50`), loading everything in a fixed number of "
            "queries.", ""] + table + ["",
            "Where the last warm call spent its time (the service's debug log): %s; %s. Gathering is the SQL reading "
            "of every record, judging the rules over every subject and title, listing the page." % (
                f.get("e.phases", "?"), f.get("e.facts", "?")),
            "", "Outcomes of the run:", ""] + counts + [""]
    for path in [results_path, copy_path]:
        if path:
            with open(path, "w", encoding="utf-8") as out:
                out.write("\n".join(text))
    if readme_path:
        with open(readme_path, encoding="utf-8") as f_in:
            readme = f_in.read()
        begin, end = "<!-- eligibility:begin -->", "<!-- eligibility:end -->"
        block = "\n".join([begin, "Eligibility of a province (%s):" % data, ""] + table +
                           ["", "Details: [src/bench/eligibility.md](src/bench/eligibility.md).", end])
        start, stop = readme.index(begin), readme.index(end) + len(end)
        with open(readme_path, "w", encoding="utf-8") as out:
            out.write(readme[:start] + block + readme[stop:])


def documents_report(figures_path, results_path, copy_path="", readme_path=""):
    """documents-report FIGURES RESULTS_MD [COPY_MD] [README]: the table of src/bench/documents.sh; with README,
    also replaces its part between the documents markers."""
    f = read_figures(figures_path)
    lines = fmt(num(f, "x.lines"))

    def timing(name, what, target=None):
        warm = num(f, "x.%s.warm_s" % name)
        pages = int(num(f, "x.%s.pages" % name, 0) or 0)
        size = num(f, "x.%s.bytes" % name, 0) or 0
        figure = "%s s warm (first call %s s); %s%s KB" % (
            fmt(warm, 2), fmt(num(f, "x.%s.cold_s" % name), 2),
            ("%s page%s, " % (fmt(pages), "" if pages == 1 else "s")) if pages else "",
            fmt(size / 1024))
        met = ("yes" if warm is not None and warm < target else "**no**") if target else ""
        return (what, figure, ("< %s s" % target) if target else "", met)

    rows = [
        ("adding the %s lines one by one (each judged)" % lines, "%s s" % fmt(num(f, "x.add_s"), 1), "", ""),
        timing("draft.pdf", "the draft decision as PDF (DỰ THẢO, list of %s lines)" % lines, 2),
        timing("draft.docx", "the draft decision as DOCX", 2),
        ("signing it (every line judged again, cash, codes, history)", "%s s" % fmt(num(f, "x.sign_s"), 2), "", ""),
        timing("signed.pdf", "the signed decision as PDF", 2),
        timing("certificates.pdf", "all %s certificates in one PDF" % lines),
        timing("certificate.pdf", "one certificate"),
        ("service resident memory afterwards", "%s MB" % fmt(num(f, "x.rss_mb")), "", ""),
    ]
    table = ["| measure | figure | target | met? |", "|---|---|---|---|"]
    table += ["| %s |" % " | ".join(r) for r in rows]
    text = ["# Documents benchmark", "",
            "Written by `src/bench/documents.sh` on %s (UTC). Machine: %s." % (f.get("date", "?"), machine()), "",
            "A decision of %s Giấy khen lines drafted through the API; each document fetched %s times after a first "
            "call (the first is cold: templates, fonts and the PDF code load then); the figure is the median, as "
            "curl measured the whole request." % (lines, f.get("x.runs", "?"))
            + ((" " + f["x.busy"]) if f.get("x.busy") else ""), ""] + table + [""]
    for path in [results_path, copy_path]:
        if path:
            with open(path, "w", encoding="utf-8") as out:
                out.write("\n".join(text))
    if readme_path:
        with open(readme_path, encoding="utf-8") as f_in:
            readme = f_in.read()
        begin, end = "<!-- documents:begin -->", "<!-- documents:end -->"
        block = "\n".join([begin, "Documents of a decision with %s awardees:" % lines, ""] + table +
                           ["", "Details: [src/bench/documents.md](src/bench/documents.md).", end])
        start, stop = readme.index(begin), readme.index(end) + len(end)
        with open(readme_path, "w", encoding="utf-8") as out:
            out.write(readme[:start] + block + readme[stop:])


def statements(csv_path, title, requests):
    """statements CSV TITLE REQUESTS: the top statements of a pg_stat_statements export (calls, total ms, mean ms,
    rows, query) as markdown, with calls per request when REQUESTS is given."""
    import csv
    with open(csv_path, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    requests = float(requests or 0)
    lines = ["**%s**: PostgreSQL's time by statement." % title, "",
             "| calls | %s total ms | mean ms | statement |" % ("per request |" if requests else ""),
             "|---|%s---|---|---|" % ("---|" if requests else "")]
    for calls, total, mean, _rows, query in rows[:8]:
        query = re.sub(r"\s+", " ", query)
        if len(query) > 160:
            query = query[:157] + "..."
        per = " %.2f |" % (int(calls) / requests) if requests else ""
        lines.append("| %s |%s %.0f | %.2f | `%s` |" % (calls, per, float(total), float(mean),
                                                       query.replace("|", "\\|")))
    print("\n".join(lines))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"people-csv": people_csv, "pledges-csv": pledges_csv, "pgbench-latency": pgbench_latency,
     "jfr-summary": jfr_summary, "capture-sql": capture_sql, "report": report, "statements": statements,
     "eligibility-report": eligibility_report, "documents-report": documents_report,
     "agency-code": lambda i: print(agency_code(int(i))),
     "now": lambda: print(datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M"))}[command](*args)
