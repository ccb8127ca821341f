// The peer of the benchmark: @neo4j/graphql serving typeDefs.graphql over the same Neo4j, with
// Apollo Server. Environment: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, PORT.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(
    process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687",
    neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD ?? "neo4j"),
);
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const server = new ApolloServer({ schema });
const port = Number(process.env.PORT ?? 4000);
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
console.log(`@neo4j/graphql peer serving ${url}`);

const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
