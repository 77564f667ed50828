"""Fetching the remote images of one article, only when the reader asked (or trusted the host).

Asynchronous (the GUI never waits), bounded in count and size, answered from a disk cache in
the data folder when the same image is asked for again. Nothing here decides *whether* to load:
the viewer calls ``load`` after the reader clicked, or with the images of trusted hosts.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QObject, QUrl, Signal
from PySide6.QtGui import QImage
from PySide6.QtNetwork import (
    QNetworkAccessManager,
    QNetworkDiskCache,
    QNetworkReply,
    QNetworkRequest,
)

from reader.core.paths import data_dir

log = logging.getLogger(__name__)
MAX_IMAGES = 40  # per article
MAX_IMAGE_BYTES = 8 * 1024 * 1024
CACHE_BYTES = 200 * 1024 * 1024
TIMEOUT_MS = 20_000


class ImageLoader(QObject):
    image_loaded = Signal(str, QImage)  # url, image
    finished = Signal(int)  # how many of the asked-for images could not be loaded

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._network: QNetworkAccessManager | None = None  # created on the first opt-in
        self._pending: dict[QNetworkReply, str] = {}
        self._failed = 0
        self._batch = 0  # answers of an earlier batch (another article) are dropped

    def busy(self) -> bool:
        return bool(self._pending)

    def _manager(self) -> QNetworkAccessManager:
        if self._network is None:
            self._network = QNetworkAccessManager(self)
            cache = QNetworkDiskCache(self._network)
            cache.setCacheDirectory(str(data_dir() / "image-cache"))
            cache.setMaximumCacheSize(CACHE_BYTES)
            self._network.setCache(cache)
        return self._network

    def load(self, urls: Sequence[str]) -> None:
        """Fetch ``urls`` (http(s) only, at most MAX_IMAGES); cancels nothing already asked."""
        self._failed = 0
        for url in [u for u in urls if QUrl(u).scheme() in ("http", "https")][:MAX_IMAGES]:
            if url in self._pending.values():
                continue
            request = QNetworkRequest(QUrl(url))
            request.setAttribute(
                QNetworkRequest.Attribute.CacheLoadControlAttribute,
                QNetworkRequest.CacheLoadControl.PreferCache,
            )
            request.setTransferTimeout(TIMEOUT_MS)
            reply = self._manager().get(request)
            self._pending[reply] = url
            batch = self._batch
            reply.finished.connect(lambda r=reply, b=batch: self._done(r, b))

    def cancel(self) -> None:
        """Another article is shown: drop what is still on its way."""
        self._batch += 1
        for reply in list(self._pending):
            reply.abort()
        self._pending.clear()

    def _done(self, reply: QNetworkReply, batch: int) -> None:
        url = self._pending.pop(reply, "")
        reply.deleteLater()
        if batch != self._batch:
            return
        image = QImage()
        if reply.error() == QNetworkReply.NetworkError.NoError:
            data: QByteArray = reply.readAll()
            if data.size() <= MAX_IMAGE_BYTES:
                image = QImage.fromData(data)
        if image.isNull():
            log.info("image not loaded: %s (%s)", url, reply.errorString())
            self._failed += 1
        else:
            self.image_loaded.emit(url, image)
        if not self._pending:
            self.finished.emit(self._failed)
