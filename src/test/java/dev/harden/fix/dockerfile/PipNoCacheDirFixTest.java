package dev.harden.fix.dockerfile;

import org.junit.jupiter.api.Test;

class PipNoCacheDirFixTest {

  private final FixTester tester = FixTester.of(new PipNoCacheDirFix());

  @Test
  void pipPip3AndPythonDashM() {
    tester.fixes("""
        FROM python:3.12
        RUN pip install -r requirements.txt
        RUN pip3 install flask && python3 -m pip install --upgrade pip
        """, """
        FROM python:3.12
        RUN pip install --no-cache-dir -r requirements.txt
        RUN pip3 install --no-cache-dir flask && python3 -m pip install --no-cache-dir --upgrade pip
        """);
  }

  @Test
  void leavesCachedOrConfiguredCallsAlone() {
    tester.unchanged("FROM python:3.12\nRUN pip install --no-cache-dir flask\n");
    tester.unchanged("FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n");
    tester.unchanged("FROM python:3.12\nRUN PIP_NO_CACHE_DIR=off pip install flask\n");
    tester.unchanged(
        "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n");
    tester.unchanged("FROM python:3.12\nRUN pip freeze > requirements.txt\n");
  }
}
