package dev.harden.lint.dockerfile.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.lint.dockerfile.RuleTester;
import org.junit.jupiter.api.Test;

class Hd021PinPipVersionsTest {

  private final RuleTester rule = RuleTester.of(new Hd021PinPipVersions());

  @Test
  void unpinnedPackages() {
    assertThat(rule.catches(1, "FROM python:3.12\nRUN pip install flask requests==2.32.3\n")
        .get(0).message()).startsWith("pip install does not pin flask:");
    rule.catches(1, "FROM python:3.12\nRUN pip3 install --upgrade pip\n");
    rule.catches(1, "FROM python:3.12\nRUN python3 -m pip install flask\n");
    rule.catches(1, "FROM python:3.12\nRUN /usr/local/bin/pip3.12 install -U flask\n");
    rule.catches(1, "FROM python:3.12\nRUN pip install git+https://github.com/o/r.git\n");
  }

  @Test
  void pinnedFilesPathsAndSpecifiers() {
    rule.passes("FROM python:3.12\nRUN pip install --no-cache-dir -r requirements.txt\n");
    rule.passes("FROM python:3.12\nRUN pip install --requirement=/app/req.txt flask\n");
    rule.passes("FROM python:3.12\nRUN pip install -c constraints.txt flask\n");
    rule.passes("FROM python:3.12\nRUN pip install . ./lib /wheels/app-1.0-py3-none-any.whl\n");
    rule.passes("FROM python:3.12\nRUN pip install -e . 'flask>=3,<4' django~=5.0 \"x[extra]==1\"\n");
    rule.passes("FROM python:3.12\nRUN pip install git+https://github.com/o/r.git@v1.2\n");
    rule.passes("FROM python:3.12\nRUN pip install -i https://pypi.acme/simple flask==3.0.3\n");
    rule.passes("FROM python:3.12\nRUN pip download flask && pipx install black\n");
  }
}
