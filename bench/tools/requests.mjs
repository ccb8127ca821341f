// Writes a requests file for load/graphql.lua: one line per request, "<token or ->\t<JSON body>".
//   node requests.mjs one <query dir> <document file name> <tokens.json> <out>
//       the query's document with each of its variables in turn
//   node requests.mjs mix <queries dir> <tokens.json> <out> <read query>... -- <write query>
//       cycles of one request of each read query and then one of the write query
// A variables object with input.municipalityCode takes that municipality's publisher token.
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";

const [mode, ...args] = process.argv.slice(2);

function lines(dir, documentName, tokens) {
    const query = readFileSync(join(dir, documentName), "utf8");
    const variables = JSON.parse(readFileSync(join(dir, "variables.json"), "utf8"));
    return variables.map((vars) => {
        const code = vars.input?.municipalityCode;
        const token = code ? tokens[code] : undefined;
        if (code && !token) {
            throw new Error(`no publisher token for ${code} in the tokens file`);
        }
        return `${token ?? "-"}\t${JSON.stringify({ query, variables: vars })}`;
    });
}

function readTokens(file) {
    return file && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
}

if (mode === "one") {
    const [dir, documentName, tokensFile, out] = args;
    writeFileSync(out, lines(dir, documentName, readTokens(tokensFile)).join("\n") + "\n");
} else if (mode === "mix") {
    const [queriesDir, tokensFile, out, ...names] = args;
    const split = names.indexOf("--");
    const reads = names.slice(0, split).map((name) => lines(join(queriesDir, name), "query.graphql", {}));
    const writes = names.slice(split + 1).map((name) => lines(join(queriesDir, name), "query.graphql", readTokens(tokensFile)));
    const cycles = Math.max(...reads.map((l) => l.length), ...writes.map((l) => l.length));
    const result = [];
    for (let i = 0; i < cycles; i++) {
        for (const read of reads) result.push(read[i % read.length]);
        for (const write of writes) result.push(write[i % write.length]);
    }
    writeFileSync(out, result.join("\n") + "\n");
} else {
    console.error("usage: requests.mjs one|mix ...");
    process.exit(2);
}
