-- wrk script: POSTs GraphQL requests read from a file and checks every response.
-- Usage: wrk ... -s graphql.lua <url> -- <requests file> [path]
-- Each line of the requests file is "<bearer token or ->\t<JSON body>"; the lines are sent in turn
-- (each thread starting at a different line). "__SEQ__" in a body becomes a value unique to the
-- request (for titles of new approaches). A response counts as an error unless it has status 200,
-- starts with {"data": and holds no "errors" member. done() prints one line: RESULT {json}.

local threads = {}
local requests = {}
local counter = 0
local nonce = ""
local path = "/graphql"
errors = 0
first_error = nil

function setup(thread)
    thread:set("thread_number", #threads + 1)
    table.insert(threads, thread)
end

function init(args)
    path = args[2] or "/graphql"
    nonce = tostring(os.time()) .. "-" .. tostring(thread_number)
    for line in io.lines(args[1]) do
        local token, body = line:match("^([^\t]*)\t(.*)$")
        local headers = { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }
        if token ~= "-" and token ~= "" then
            headers["Authorization"] = "Bearer " .. token
        end
        table.insert(requests, { headers = headers, body = body, numbered = body:find("__SEQ__", 1, true) ~= nil })
    end
    counter = thread_number * 7
end

function request()
    counter = counter + 1
    local r = requests[(counter % #requests) + 1]
    local body = r.body
    if r.numbered then
        body = body:gsub("__SEQ__", nonce .. "-" .. counter)
    end
    return wrk.format("POST", path, r.headers, body)
end

function response(status, headers, body)
    if status ~= 200 or body:sub(1, 8) ~= '{"data":' or body:find('"errors"', 1, true) then
        errors = errors + 1
        if first_error == nil then
            first_error = status .. " " .. body:sub(1, 400)
        end
    end
end

function done(summary, latency, requests)
    local failed = 0
    local sample = nil
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("errors")
        sample = sample or thread:get("first_error")
    end
    local e = summary.errors
    failed = failed + e.connect + e.read + e.write + e.timeout
    io.write(string.format(
        'RESULT {"requests":%d,"errors":%d,"rps":%.1f,"p50ms":%.2f,"p99ms":%.2f,"maxms":%.2f}\n',
        summary.requests, failed, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
    if sample then
        io.write("first error: " .. sample .. "\n")
    end
end
