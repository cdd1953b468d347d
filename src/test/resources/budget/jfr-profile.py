#!/usr/bin/env python3
"""Where a benchmark server's Java CPU goes, from its JFR recording (mvn -Pbench test -Dbudget.jfr=true).

  python3 src/test/resources/budget/jfr-profile.py target/budget/ours.jfr target/budget/twin.jfr [substring ...]

Each execution sample (start-up thread left out) is given to the innermost frame outside the JDK, and that frame's
library to a group. Prints the groups side by side, the innermost frames of each file, and for every substring the
methods containing it with the samples they are on the stack of. JFR records at most 64 frames, so the outer frames
of deep stacks are missing: trust the innermost frames, not "which REST call".
"""
import collections
import re
import subprocess
import sys

FRAME = re.compile(r'^\s+([\w$.<>/]+)\(.*\)\s+line:')
JDK = ('java.', 'jdk.', 'sun.', 'javax.', 'com.sun.')
GROUPS = [
    ('our code', ('id.go.mojokertokab.',)),
    ('PDF (openhtmltopdf, PDFBox, Thymeleaf)', ('com.openhtmltopdf', 'org.apache.pdfbox', 'org.apache.fontbox',
                                                'org.apache.xmpbox', 'org.thymeleaf', 'org.attoparser', 'org.unbescape')),
    ('mail and iCalendar', ('jakarta.mail', 'org.eclipse.angus', 'jakarta.activation', 'net.fortuna.ical4j')),
    ('content check (Tika)', ('org.apache.tika',)),
    ('engine and SQL', ('org.apache.ibatis', 'org.postgresql', 'com.zaxxer', 'org.springframework.transaction',
                        'org.springframework.jdbc', 'org.camunda.bpm.engine.impl', 'org.camunda.bpm.engine.spring',
                        'org.camunda.bpm.engine.variable', 'org.camunda.spin', 'org.camunda.commons', 'org.camunda.feel',
                        'org.camunda.bpm.model', 'org.camunda.bpm.dmn')),
    ('REST, HTTP and filters', ('org.camunda.bpm.engine.rest', 'org.camunda.bpm.webapp', 'org.camunda.bpm.spring.boot',
                                'org.glassfish', 'org.jvnet.hk2', 'com.fasterxml', 'org.apache.catalina',
                                'org.apache.coyote', 'org.apache.tomcat', 'org.springframework', 'io.micrometer',
                                'jakarta.servlet', 'jakarta.ws.rs', 'org.hibernate.validator')),
]


def samples(path):
    text = subprocess.run(['jfr', 'print', '--stack-depth', '256', '--events', 'jdk.ExecutionSample', path],
                          capture_output=True, text=True, check=True).stdout
    thread, frames = '', None
    for line in text.splitlines():
        if line.startswith('jdk.ExecutionSample'):
            thread, frames = '', []
        elif 'sampledThread' in line:
            thread = line
        elif frames is not None:
            match = FRAME.match(line)
            if match:
                frames.append(match.group(1))
            elif line.startswith('}'):
                if '"main"' not in thread and 'preinit' not in thread:
                    yield frames
                frames = None


def innermost(frames):
    return next((f for f in frames if not f.startswith(JDK)), '(JDK only)')


def group(frame):
    return next((name for name, prefixes in GROUPS if frame.startswith(prefixes)), 'other')


def main(paths, patterns):
    recorded = {path: list(samples(path)) for path in paths}
    print('| group | ' + ' | '.join(paths) + ' |')
    print('| --- |' + ' ---: |' * len(paths))
    counts = {path: collections.Counter(group(innermost(f)) for f in s) for path, s in recorded.items()}
    for name in [g for g, _ in GROUPS] + ['other']:
        print(f'| {name} | ' + ' | '.join(str(counts[p][name]) for p in paths) + ' |')
    print('| total | ' + ' | '.join(str(len(recorded[p])) for p in paths) + ' |')
    for path, s in recorded.items():
        print(f'\n{path}: innermost frames outside the JDK')
        for frame, n in collections.Counter(innermost(f) for f in s).most_common(30):
            print(f'{n:6d} {frame}')
        for pattern in patterns:
            on_stack = collections.Counter(m for f in s for m in set(f) if pattern in m)
            print(f'\n{path}: samples with a method containing "{pattern}" on the stack')
            for method, n in on_stack.most_common(15):
                print(f'{n:6d} {method}')


if __name__ == '__main__':
    files = [a for a in sys.argv[1:] if a.endswith('.jfr')]
    main(files, [a for a in sys.argv[1:] if not a.endswith('.jfr')])
