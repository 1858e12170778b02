"""The scanning slice's one door to `counter_app.scanning`: devices, jobs, pages, folder import.

The UI imports only services, core and Qt (import-linter allow-list); the scanner backends and
the page pipeline are plain Python, re-exported here under their own names.
"""

from __future__ import annotations

from counter_app.scanning import model as model
from counter_app.scanning import registry as registry
from counter_app.scanning.folder import SUFFIXES as SUFFIXES
from counter_app.scanning.folder import FolderScanner as FolderScanner
from counter_app.scanning.folder import FolderWatch as FolderWatch
from counter_app.scanning.folder import FolderWatcher as FolderWatcher
from counter_app.scanning.job import JobCallbacks as JobCallbacks
from counter_app.scanning.job import ScanJob as ScanJob
from counter_app.scanning.model import DeviceInfo as DeviceInfo
from counter_app.scanning.model import ScanError as ScanError
from counter_app.scanning.model import Scanner as Scanner
from counter_app.scanning.model import ScanSettings as ScanSettings
from counter_app.scanning.pipeline import Page as Page
from counter_app.scanning.pipeline import rotate as rotate
