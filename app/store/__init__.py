"""The local cache's API for the session and the UI (no SQL outside this package)."""

from app.store.cache.crypto import CacheKey, CacheLocked, UnreadableCache
from app.store.keycheck import HeldWork, Unlocked
from app.store.observable import Disconnect, Signal
from app.store.store import Store
from app.store.thread import ThreadSlice
from app.store.types import (
    STATUS_ANY,
    AttachmentView,
    Change,
    ConversationDetail,
    InboxPage,
    InboxQuery,
    InboxRow,
    MessagesChange,
    MessageView,
    OutboxItem,
    SyncState,
    View,
)

__all__ = [
    "STATUS_ANY",
    "AttachmentView",
    "CacheKey",
    "CacheLocked",
    "Change",
    "ConversationDetail",
    "Disconnect",
    "HeldWork",
    "InboxPage",
    "InboxQuery",
    "InboxRow",
    "MessageView",
    "MessagesChange",
    "OutboxItem",
    "Signal",
    "Store",
    "SyncState",
    "ThreadSlice",
    "Unlocked",
    "UnreadableCache",
    "View",
]
