# syntax=docker/dockerfile:1
# DeepMath: the web app and the `deepmath` command line in one image.
#   web: dotnet /app/web/DeepMath.Web.dll (the default command), port 8080
#   cli: deepmath migrate | create-admin EMAIL | seed-demo ...
# Built and wired by docker-compose.yml.

# KaTeX for math in titles and abstracts, served by the app itself (pinned in src/DeepMath.Web/ClientLib; the same files
# scripts/lib/clientlib.sh copies for local runs).
FROM node:20-bookworm-slim AS clientlib
WORKDIR /clientlib
COPY src/DeepMath.Web/ClientLib/package.json src/DeepMath.Web/ClientLib/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error \
 && mkdir -p /katex/contrib \
 && cp node_modules/katex/dist/katex.min.js node_modules/katex/dist/katex.min.css node_modules/katex/LICENSE /katex/ \
 && cp -r node_modules/katex/dist/fonts /katex/ \
 && cp node_modules/katex/dist/contrib/auto-render.min.js /katex/contrib/

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Build settings first, then the sources (tests, scripts and .data are left out by .dockerignore).
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
COPY --from=clientlib /katex src/DeepMath.Web/wwwroot/lib/katex
RUN dotnet restore src/DeepMath.Web/DeepMath.Web.csproj \
 && dotnet restore src/DeepMath.Cli/DeepMath.Cli.csproj
RUN dotnet publish src/DeepMath.Web/DeepMath.Web.csproj -c Release --no-restore -o /out/web \
 && dotnet publish src/DeepMath.Cli/DeepMath.Cli.csproj -c Release --no-restore -o /out/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 \
    ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
WORKDIR /app
COPY --from=build /out/web /app/web
COPY --from=build /out/cli /app/cli
RUN printf '#!/bin/sh\nexec dotnet /app/cli/deepmath.dll "$@"\n' > /usr/local/bin/deepmath \
 && chmod 755 /usr/local/bin/deepmath
# LuaLaTeX for the book of abstracts (the same small set scripts/lib/latex.sh installs).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
      texlive-luatex texlive-latex-recommended texlive-fonts-recommended fonts-noto-cjk qpdf \
 && rm -rf /var/lib/apt/lists/*
# The image's unprivileged account (APP_UID is set by the .NET base images).
USER $APP_UID
WORKDIR /app/web
EXPOSE 8080
CMD ["dotnet", "/app/web/DeepMath.Web.dll"]
