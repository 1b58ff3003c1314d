"""Type stubs of govfacts."""

import datetime
from typing import Any, Dict, Iterable, List, Optional, Sequence, Union

__version__: str

Text = Union[str, bytes]
DateLike = Union[str, datetime.date, None]

def extract(text: Text, published: DateLike = None, *, offsets: str = "chars") -> Dict[str, Any]: ...
def extract_many(
    texts: Iterable[Text],
    published: Union[DateLike, Sequence[DateLike]] = None,
    jobs: Optional[int] = None,
    *,
    offsets: str = "chars",
) -> List[Dict[str, Any]]: ...
def rules() -> List[Dict[str, str]]: ...
def tables(articles: Sequence[Dict[str, Any]], ids: Optional[Sequence[Any]] = None) -> Dict[str, Any]: ...
