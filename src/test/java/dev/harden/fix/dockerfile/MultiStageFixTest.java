package dev.harden.fix.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.harden.fix.FixSafety;
import org.junit.jupiter.api.Test;

class MultiStageFixTest {

  private final FixTester tester = FixTester.of(new MultiStageFix());

  @Test
  void goBuildMovesToABuildStageAndTheBinaryToDistrolessStatic() {
    tester.fixes("""
        FROM golang:1.22
        WORKDIR /src
        COPY . .
        ENV CGO_ENABLED=0
        RUN go build -o /out/app ./cmd/app
        # the API port
        EXPOSE 8080
        CMD ["/out/app"]
        """, """
        FROM golang:1.22 AS build
        WORKDIR /src
        COPY . .
        ENV CGO_ENABLED=0
        RUN go build -o /out/app ./cmd/app

        FROM gcr.io/distroless/static-debian13
        ENV CGO_ENABLED=0
        WORKDIR /src
        COPY --from=build /out/app /out/app
        # the API port
        EXPOSE 8080
        CMD ["/out/app"]
        """);
  }

  @Test
  void mavenJarRunsOnTheJreOfTheSameJava() {
    tester.fixes("""
        FROM maven:3.9-eclipse-temurin-21
        WORKDIR /app
        COPY . .
        RUN mvn -B package -DskipTests
        ENTRYPOINT ["java", "-jar", "target/app.jar"]
        """, """
        FROM maven:3.9-eclipse-temurin-21 AS build
        WORKDIR /app
        COPY . .
        RUN mvn -B package -DskipTests

        FROM eclipse-temurin:21-jre
        WORKDIR /app
        COPY --from=build /app/target/app.jar /app/target/app.jar
        ENTRYPOINT ["java", "-jar", "target/app.jar"]
        """);
  }

  @Test
  void rustReleaseBinaryRunsOnDistrolessCc() {
    tester.fixes("""
        FROM rust:1
        WORKDIR /app
        COPY . .
        RUN cargo build --release
        CMD ["./target/release/hello"]
        """, """
        FROM rust:1 AS build
        WORKDIR /app
        COPY . .
        RUN cargo build --release

        FROM gcr.io/distroless/cc-debian13
        WORKDIR /app
        COPY --from=build /app/target/release/hello /app/target/release/hello
        CMD ["./target/release/hello"]
        """);
  }

  @Test
  void nodeDropsDevDependenciesAndRunsOnSlim() {
    tester.fixes("""
        FROM node:20
        WORKDIR /app
        COPY . .
        RUN npm ci && npm run build
        USER node
        CMD ["node", "dist/server.js"]
        """, """
        FROM node:20 AS build
        WORKDIR /app
        COPY . .
        RUN npm ci && npm run build
        RUN npm prune --omit=dev

        FROM node:20-slim
        WORKDIR /app
        COPY --from=build /app /app
        USER node
        CMD ["node", "dist/server.js"]
        """);
  }

  @Test
  void cWithMakeOnAGccImage() {
    tester.fixes("FROM gcc:13\nWORKDIR /src\nCOPY . .\nRUN make\nCMD [\"./hello\"]",
        "FROM gcc:13 AS build\nWORKDIR /src\nCOPY . .\nRUN make\n\n"
            + "FROM gcr.io/distroless/cc-debian13\nWORKDIR /src\n"
            + "COPY --from=build /src/hello /src/hello\nCMD [\"./hello\"]\n");
  }

  @Test
  void isSuggestedAndSaysWhatToCheck() {
    var result = tester.safeOnly().run("FROM golang:1.22\nRUN go build -o /app .\nCMD [\"/app\"]\n");
    assertThat(result.changed()).isFalse();
    assertThat(result.notApplied()).singleElement().satisfies(f -> {
      assertThat(f.safety()).isEqualTo(FixSafety.SUGGESTED);
      assertThat(f.reason()).contains("glibc");
    });
  }

  @Test
  void unplannableBuildsAreReported() {
    tester.cannot("FROM golang:1.22\nRUN go build\nCMD [\"app\"]\n", "-o /path/app");
    tester.cannot("FROM maven:3.9-eclipse-temurin-21\nRUN mvn package\nCMD java -jar target/*.jar\n",
        "fixed path");
    tester.cannot("FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN dotnet publish -o /out\n",
        "no multi-stage rewrite");
  }

  @Test
  void multiStageAndNonBuildingFilesAreLeftAlone() {
    tester.unchanged("FROM golang:1.22 AS b\nRUN go build -o /a .\nFROM scratch\nCOPY --from=b /a /a\n");
    tester.unchanged("FROM node:20\nWORKDIR /app\nRUN npm ci --omit=dev\nCMD [\"node\", \"s.js\"]\n");
    tester.unchanged("FROM debian:12\nRUN apt-get install -y curl\n");
  }
}
