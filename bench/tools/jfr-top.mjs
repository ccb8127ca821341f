// Summarises the execution samples of a JFR recording (the text of `jfr print --events
// jdk.ExecutionSample`) as markdown: the hottest methods by self samples (top frame) and by
// inclusive samples (anywhere on the stack), and the share of samples per component.
//   node jfr-top.mjs <samples.txt> [rows]
import { readFileSync } from "node:fs";

const [file, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 20);
const text = readFileSync(file, "utf8");
const samples = [];
for (const event of text.split("jdk.ExecutionSample {").slice(1)) {
    const stack = event.split("stackTrace = [")[1]?.split("\n]")[0] ?? "";
    const frames = stack.split("\n").map((l) => l.trim()).filter((l) => l && l !== "...")
        .map((l) => l.replace(/\s+line: \d+.*$/, "").replace(/\s+bci: \d+.*$/, ""));
    if (frames.length) samples.push(frames);
}

const COMPONENTS = [
    ["this service (nl.veiligegemeente)", /^nl\.veiligegemeente\./],
    ["SmallRye GraphQL", /^io\.smallrye\.graphql\./],
    ["graphql-java", /^graphql\./],
    ["ArC / CDI", /^io\.quarkus\.arc\.|^jakarta\.enterprise\./],
    ["Cypher-DSL", /^org\.neo4j\.cypherdsl\./],
    ["Neo4j driver / Bolt", /^org\.neo4j\.(driver|bolt)\./],
    ["JSON (Jackson, Parsson, JSON-P)", /^com\.fasterxml\.jackson\.|^org\.eclipse\.parsson\.|^jakarta\.json\./],
    ["Vert.x / Netty / Quarkus HTTP", /^io\.vertx\.|^io\.netty\.|^io\.quarkus\.vertx\.|^io\.quarkus\.resteasy\./],
    ["Hibernate / Agroal / PostgreSQL JDBC", /^org\.hibernate\.|^io\.agroal\.|^org\.postgresql\./],
];

function count(keyOf) {
    const counts = new Map();
    for (const frames of samples) {
        for (const key of new Set(keyOf(frames))) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

const pct = (n) => `${((100 * n) / samples.length).toFixed(1)}%`;
const out = [];
out.push(`${samples.length} execution samples.`, "");
out.push("| component (anywhere on the stack) | samples | share |", "|---|---:|---:|");
for (const [name, n] of count((frames) => COMPONENTS.filter(([, re]) => frames.some((f) => re.test(f))).map(([name]) => name))) {
    out.push(`| ${name} | ${n} | ${pct(n)} |`);
}
out.push("", `Top ${rows} methods by self samples (the frame on top of the stack):`, "");
out.push("| method | samples | share |", "|---|---:|---:|");
for (const [name, n] of count((frames) => [frames[0]]).slice(0, rows)) out.push(`| \`${name}\` | ${n} | ${pct(n)} |`);
out.push("", `Top ${rows} methods by inclusive samples (anywhere on the stack), leaving out thread entry points:`, "");
out.push("| method | samples | share |", "|---|---:|---:|");
const entry = /^java\.lang\.Thread\.run|^java\.util\.concurrent\.ThreadPoolExecutor|^io\.netty\.util\.concurrent\.FastThreadLocalRunnable|^io\.netty\.util\.internal\.ThreadExecutorMap|^org\.jboss\.threads\.|^io\.netty\.util\.concurrent\.SingleThreadEventExecutor|^io\.netty\.channel\.nio\.NioEventLoop\.run|^io\.netty\.channel\.epoll\.EpollEventLoop\.run/;
for (const [name, n] of count((frames) => frames.filter((f) => !entry.test(f))).slice(0, rows)) {
    out.push(`| \`${name}\` | ${n} | ${pct(n)} |`);
}
console.log(out.join("\n"));
