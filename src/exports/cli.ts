#!/usr/bin/env node
import { processOutput } from "../cli/process-output.js";
import { main } from "../cli/run.js";

process.exitCode = await main(process.argv.slice(2), processOutput());
