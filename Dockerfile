# syntax=docker/dockerfile:1
# DeepMath: the web app and the `deepmath` command line in one image.
#   web: dotnet /app/web/DeepMath.Web.dll (the default command), port 8080
#   cli: deepmath migrate | create-admin EMAIL | seed-demo ...
# Built and wired by docker-compose.yml.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Build settings first, then the sources (tests, scripts and .data are left out by .dockerignore).
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
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
