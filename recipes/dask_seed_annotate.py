#!/usr/bin/env python3
"""Annotate a large JSONL file on a Dask distributed cluster through the seed-annotate CLI.

The input is cut into partitions of whole lines (dask.bag.read_text); on the Dask workers each
partition is piped through `seed-annotate --jsonl` in a subprocess, and the partitions' outputs are
written in input order, so the result equals a one-process run line for line. The only difference:
a malformed line WITHOUT an id gets an error record whose "line" counts from its partition's start.

    python3 recipes/dask_seed_annotate.py INPUT.jsonl OUTPUT.jsonl
        [--local-workers 2 | --scheduler tcp://HOST:8786] [--blocksize 8MiB]
        [--cli "node /path/to/dist/cli.js"] [--cli-workers 1]

Without --scheduler a distributed.LocalCluster of --local-workers processes (one thread each) is
started. On a real cluster every worker needs Node.js and the CLI (npm package or dist/cli.js plus
dist/cliWorker.js) at the path given by --cli. Exit status: 0 when every line was annotated, 1 when
some lines got error records, 2 on a usage error or when a partition's CLI failed as a whole.
Needs Debian's python3-distributed (or `pip install "dask[distributed]"`).
"""
import argparse
import glob
import os
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CLI = os.path.join(HERE, '..', 'dist', 'cli.js')


def default_command():
    node = shutil.which('node') or 'node'
    return [node, os.path.abspath(DEFAULT_CLI)]


def annotate_partition(lines, command):
    """Runs the CLI on one partition's lines; returns its output lines, stderr and exit status."""
    text = ''.join(line if line.endswith('\n') else line + '\n' for line in lines)
    done = subprocess.run(command, input=text.encode('utf-8'), stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    return [{
        'output': done.stdout.decode('utf-8'),
        'stderr': done.stderr.decode('utf-8', errors='replace'),
        'status': done.returncode,
    }]


def parse_args(argv):
    parser = argparse.ArgumentParser(description='Annotate JSONL partitions through seed-annotate on Dask distributed.')
    parser.add_argument('input', help='JSONL file (or glob) of {"id","text"} lines')
    parser.add_argument('output', help='where the predictions go, one line per input line, in input order')
    parser.add_argument('--scheduler', help='address of a running Dask scheduler (default: a LocalCluster)')
    parser.add_argument('--local-workers', type=int, default=2, help='worker processes of the LocalCluster (default 2)')
    parser.add_argument('--blocksize', default='8MiB', help='bytes per partition (default 8MiB)')
    parser.add_argument('--cli', help='command that runs seed-annotate (default: node dist/cli.js next to this recipe)')
    parser.add_argument('--cli-workers', type=int, default=1, help='--workers of each CLI run (default 1)')
    return parser.parse_args(argv)


def run(args, client):
    import dask.bag as db

    command = shlex.split(args.cli) if args.cli else default_command()
    command += ['--jsonl', '--workers', str(args.cli_workers)]
    bag = db.read_text(args.input, blocksize=args.blocksize)
    partitions = client.compute(bag.map_partitions(annotate_partition, command).to_delayed())
    failed_partitions = 0
    lines = 0
    with open(args.output, 'w', encoding='utf-8', newline='') as out:
        for index, future in enumerate(partitions):
            (part,) = future.result()
            future.release()  # written: the cluster may forget it
            if part['stderr']:
                sys.stderr.write(''.join(f'partition {index}: {line}\n' for line in part['stderr'].splitlines()))
            if part['status'] not in (0, 1):
                raise RuntimeError(f'partition {index}: {" ".join(command)} exited with status {part["status"]}')
            failed_partitions += part['status'] == 1
            out.write(part['output'])
            lines += part['output'].count('\n')
    sys.stderr.write(f'dask_seed_annotate: {lines} lines from {len(partitions)} partitions, '
                     f'{failed_partitions} partitions with failed lines\n')
    return 1 if failed_partitions else 0


def main(argv):
    args = parse_args(argv)
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        sys.stderr.write('dask_seed_annotate: needs Dask distributed (Debian: apt-get install python3-distributed)\n')
        return 2
    if '://' not in args.input and not glob.glob(args.input):
        sys.stderr.write(f'dask_seed_annotate: {args.input}: no such file\n')
        return 2
    if not args.cli and not os.path.exists(DEFAULT_CLI):
        sys.stderr.write(f'dask_seed_annotate: {os.path.abspath(DEFAULT_CLI)} is missing: run node scripts/build.mjs, or pass --cli\n')
        return 2
    try:
        if args.scheduler:
            with Client(args.scheduler) as client:
                return run(args, client)
        with LocalCluster(n_workers=args.local_workers, threads_per_worker=1, processes=True,
                          dashboard_address=None) as cluster, Client(cluster) as client:
            return run(args, client)
    except (OSError, RuntimeError, ValueError) as error:
        sys.stderr.write(f'dask_seed_annotate: {error}\n')
        return 2


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
