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
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : "–");
const own = { service: "service", peer: "peer", baseline: "baseline" };

const out = [];
out.push(`# Benchmark run ${run.started} (${run.scale})`, "");
out.push(`${run.label}`, "");
out.push("| | |", "|---|---|");
for (const [k, v] of Object.entries(run.facts)) out.push(`| ${k} | ${v} |`);
out.push("");
out.push("## Requests", "");
out.push(`${run.connections} connections, ${run.duration} s per measurement after ${run.queryWarmup} s of warm-up on the same`
    + ` query (the service and the peer were first warmed ${run.warmup} s on the whole read mix, and the service ${Math.floor(run.warmup / 2)} s on the publishes before the first write; the baseline JVM warms`
    + ` ${run.baselineWarmup} s per query). CPU is user + system time from /proc over the measured window; ms/request`
    + " divides it by the requests. Every response was checked (errors = non-200, a GraphQL `errors` member, no `data`, or a"
    + " transport error; for the baseline an exception or an empty result).", "");
out.push("| query | system | req/s | p50 ms | p99 ms | errors | own CPU s | own CPU ms/req | Neo4j CPU s | Neo4j CPU ms/req | PostgreSQL CPU s |");
out.push("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
for (const m of measured) {
    const ownCpu = m.cpu[own[m.system]];
    if (!m.requests) {
        out.push(`| ${m.query} | ${m.system} | 0 (no answer within the window) | – | – | ${m.errors} | ${f(m.cpu[own[m.system]], 2)} | – | ${f(m.cpu.neo4j, 2)} | – | – |`);
        continue;
    }
    out.push(`| ${m.query} | ${m.system} | ${f(m.rps)} | ${f(m.p50ms)} | ${f(m.p99ms)} | ${m.errors} | ${f(ownCpu, 2)} | ${f(1000 * ownCpu / m.requests, 2)}`
        + ` | ${f(m.cpu.neo4j, 2)} | ${f(1000 * m.cpu.neo4j / m.requests, 2)} | ${m.system === "service" ? f(m.cpu.postgres, 2) : "–"} |`);
}
out.push("", "## Ratios per query", "");
out.push("Req/s of the service divided by the baseline's (the same rows by hand-written Cypher through the Java driver) and by"
    + " the peer's (@neo4j/graphql); p99 of the service divided by the baseline's. Target (issue 8): req/s ratio ≥ 0.75 and"
    + " p99 ratio ≤ 2 against the baseline, ≥ 3 against the peer.", "");
out.push("| query | service ÷ baseline (req/s) | service ÷ peer (req/s) | service p99 ÷ baseline p99 | service CPU ms/req | Neo4j CPU ms/req under the service |");
out.push("|---|---:|---:|---:|---:|---:|");
const queries = [...new Set(measured.map((m) => m.query))];
for (const q of queries) {
    const by = Object.fromEntries(measured.filter((m) => m.query === q).map((m) => [m.system, m]));
    const s = by.service?.requests ? by.service : undefined;
    out.push(`| ${q} | ${ratio(s?.rps, by.baseline?.rps)} | ${ratio(s?.rps, by.peer?.rps)} | ${ratio(s?.p99ms, by.baseline?.p99ms)}`
        + ` | ${s ? f(1000 * s.cpu.service / s.requests, 2) : "–"} | ${s ? f(1000 * s.cpu.neo4j / s.requests, 2) : "–"} |`);
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
