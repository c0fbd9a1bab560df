curl --request GET \
  --url 'https://api.bookshelf.example/v1/books?limit=5&cursor=b2Zmc2V0OjU&genre=mystery&q=sherlock&available=true&tags=classic&tags=gothic&authorId=au_003&sort=-publishedYear' \
  --header 'Accept: application/json'
