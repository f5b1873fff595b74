-- wrk reports p50/p75/p90/p99 with --latency; the queue target is a p95, so print
-- the percentiles from wrk's own latency histogram (microseconds) at the end.
done = function(summary, latency, requests)
  io.write(string.format("percentiles: p50=%.2f p95=%.2f p99=%.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
  io.write(string.format("status errors: %d\n", summary.errors.status))
end
