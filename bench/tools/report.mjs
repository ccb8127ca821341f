// Renders the measurements of one run (run.json, measure.jsonl, soak.jsonl, profile.md in the run
// directory) as the markdown report.   node report.mjs <run dir> > report.md
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const jsonl = (name) => existsSync(join(dir, name))
    ? readFileSync(join(dir, name), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l)) : [];
const run = JSON.parse(readFileSync(join(dir, "run.json"), "utf8"));
const measured = jsonl("measure.jsonl");
const soak = jsonl("soak.jsonl");
const f = (n, digits = 1) => (n === undefined || n === null || Number.isNaN(n) ? "–" : n.toFixed(digits));
const own = { service: "service", peer: "peer", baseline: "baseline" };

const out = [];
out.push(`# Benchmark run ${run.started} (${run.scale})`, "");
out.push(`${run.label}`, "");
out.push("| | |", "|---|---|");
for (const [k, v] of Object.entries(run.facts)) out.push(`| ${k} | ${v} |`);
out.push("");
const median = (values) => {
    const sorted = values.filter((v) => v !== undefined && v !== null && !Number.isNaN(v)).sort((a, b) => a - b);
    return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
};
const sum = (values) => values.reduce((a, b) => a + (b ?? 0), 0);
const rounds = run.rounds ?? 1;
const queries = [...new Set(measured.map((m) => m.query))];
// The rounds of one system on one query, by round number (a run before rounds had one, unnumbered).
const roundsOf = (q, system) => new Map(measured.filter((m) => m.query === q && m.system === system).map((m) => [m.round ?? 1, m]));
// The round with the median req/s stands for the system; CPU per request is over all its rounds.
const summary = (byRound) => {
    const all = [...byRound.values()];
    if (!all.length) return undefined;
    const typical = all.slice().sort((a, b) => a.rps - b.rps)[Math.floor((all.length - 1) / 2)];
    const requests = sum(all.map((m) => m.requests));
    const cpu = (name) => sum(all.map((m) => m.cpu[name]));
    return { typical, all, requests, errors: sum(all.map((m) => m.errors)), cpu };
};
// Per round the service's value divided by the baseline's of the same round; the median of those.
const pairedRatio = (service, baseline, field) => median([...service.entries()]
    .filter(([round, m]) => m.requests && baseline.get(round)?.[field])
    .map(([round, m]) => m[field] / baseline.get(round)[field]));

out.push("## Requests", "");
out.push(`${run.connections} connections; per query ${rounds} round${rounds > 1 ? "s" : ""} of ${run.duration} s each of the service, the peer and`
    + " the baseline in turn (the same query, one after the other on the same Neo4j), after"
    + ` ${run.queryWarmup} s of warm-up on the query (the service and the peer were first warmed ${run.warmup} s on the whole read mix, and the service ${Math.floor(run.warmup / 2)} s on the publishes before the first write; the baseline JVM warms`
    + ` ${run.baselineWarmup} s per query before its first round). req/s, p50 and p99 are those of the system's median round (by req/s);`
    + " the req/s of every round follow in brackets. CPU is user + system time from /proc over the measured windows of all rounds; ms/request"
    + " divides it by their requests. Every response was checked (errors = non-200, a GraphQL `errors` member, no `data`, or a"
    + " transport error; for the baseline an exception or an empty result).", "");
out.push("| query | system | req/s (rounds) | p50 ms | p99 ms | errors | own CPU s | own CPU ms/req | Neo4j CPU s | Neo4j CPU ms/req | PostgreSQL CPU s |");
out.push("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const q of queries) {
    for (const system of ["service", "peer", "baseline"]) {
        const s = summary(roundsOf(q, system));
        if (!s) continue;
        const ownCpu = s.cpu(own[system]);
        const perRound = s.all.length > 1 ? ` (${s.all.map((m) => f(m.rps)).join(" / ")})` : "";
        if (!s.requests) {
            out.push(`| ${q} | ${system} | 0 (no answer within the window) | – | – | ${s.errors} | ${f(ownCpu, 2)} | – | ${f(s.cpu("neo4j"), 2)} | – | – |`);
            continue;
        }
        out.push(`| ${q} | ${system} | ${f(s.typical.rps)}${perRound} | ${f(s.typical.p50ms)} | ${f(s.typical.p99ms)} | ${s.errors} | ${f(ownCpu, 2)} | ${f(1000 * ownCpu / s.requests, 2)}`
            + ` | ${f(s.cpu("neo4j"), 2)} | ${f(1000 * s.cpu("neo4j") / s.requests, 2)} | ${system === "service" ? f(s.cpu("postgres"), 2) : "–"} |`);
    }
}
out.push("", "## Ratios per query", "");
out.push("Req/s of the service divided by the baseline's (the same rows by hand-written Cypher through the Java driver) and by"
    + " the peer's (@neo4j/graphql), and p99 of the service divided by the baseline's: each the median over the rounds of the"
    + " ratio within a round. Target (issue 8): req/s ratio ≥ 0.75 and"
    + " p99 ratio ≤ 2 against the baseline, ≥ 3 against the peer.", "");
out.push("| query | service ÷ baseline (req/s) | service ÷ peer (req/s) | service p99 ÷ baseline p99 | service CPU ms/req | Neo4j CPU ms/req under the service |");
out.push("|---|---:|---:|---:|---:|---:|");
const r2 = (n) => (n === undefined ? "–" : n.toFixed(2));
for (const q of queries) {
    const service = roundsOf(q, "service");
    const s = summary(service);
    const measuredService = s?.requests ? s : undefined;
    out.push(`| ${q} | ${r2(pairedRatio(service, roundsOf(q, "baseline"), "rps"))} | ${r2(pairedRatio(service, roundsOf(q, "peer"), "rps"))}`
        + ` | ${r2(pairedRatio(service, roundsOf(q, "baseline"), "p99ms"))}`
        + ` | ${measuredService ? f(1000 * s.cpu("service") / s.requests, 2) : "–"} | ${measuredService ? f(1000 * s.cpu("neo4j") / s.requests, 2) : "–"} |`);
}
out.push("", "## Memory (RSS, MiB)", "");
out.push("| process | after start | highest after a measurement | at the end |", "|---|---:|---:|---:|");
for (const p of ["service", "neo4j", "peer"]) {
    const values = measured.map((m) => m.rss[p]).filter((v) => v);
    if (!values.length) continue;
    out.push(`| ${p} | ${f(run.rssAtStart?.[p], 0)} | ${f(Math.max(...values), 0)} | ${f(values[values.length - 1], 0)} |`);
}
if (soak.length) {
    out.push("", "## Soak: mixed reads and writes", "");
    out.push(`${run.soakConnections ?? run.connections} connections for ${soak.length} × ${run.soakSegment} s on the service alone; each cycle of the mix is one`
        + ` request of each of ${run.soakReads.join(", ")} and then one ${run.soakWrite} (7 reads + 1 write). p50/p99 per segment;`
        + " RSS of the service at the end of each segment.", "");
    out.push("| minute | requests | req/s | p50 ms | p99 ms | max ms | errors | service RSS MiB | service CPU s |");
    out.push("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const s of soak) {
        out.push(`| ${s.segment} | ${s.requests} | ${f(s.rps)} | ${f(s.p50ms)} | ${f(s.p99ms)} | ${f(s.maxms)} | ${s.errors} | ${f(s.rssService, 0)} | ${f(s.cpuService, 1)} |`);
    }
}
if (existsSync(join(dir, "profile.md"))) {
    out.push("", readFileSync(join(dir, "profile.md"), "utf8"));
}
console.log(out.join("\n"));
